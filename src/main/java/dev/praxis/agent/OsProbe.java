package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory.OsInfo;
import java.util.List;
import oshi.PlatformEnum;
import oshi.SystemInfo;
import oshi.software.os.OperatingSystem;

/** Operating system name, distribution/version and kernel release. */
final class OsProbe implements Probe {

    private final SystemInfo system;
    private final CommandRunner commands;

    OsProbe(SystemInfo system, CommandRunner commands) {
        this.system = system;
        this.commands = commands;
    }

    @Override
    public String field() {
        return "os";
    }

    @Override
    public void collect(Collected into) {
        OperatingSystem os = system.getOperatingSystem();
        PlatformEnum platform = SystemInfo.getCurrentPlatform();
        String name = switch (platform) {
            case LINUX, ANDROID -> "Linux";
            case MACOS -> "macOS";
            case WINDOWS, WINDOWSCE -> "Windows";
            default -> os.getFamily();
        };
        String version = (os.getFamily() + " " + os.getVersionInfo().getVersion()).strip();
        String kernel = switch (platform) {
            case MACOS -> darwinRelease();
            case WINDOWS -> os.getVersionInfo().getBuildNumber();
            default -> System.getProperty("os.version");
        };
        if (kernel == null || kernel.isBlank()) {
            into.unknown("os.kernel", "the operating system did not report a kernel release");
            kernel = null;
        }
        into.os = new OsInfo(name, version, kernel, architecture(platform));
    }

    /** The machine name as uname -m prints it, so agent and transcripts agree. */
    private static String architecture(PlatformEnum platform) {
        String arch = System.getProperty("os.arch");
        if (arch.equals("amd64")) {
            return "x86_64";
        }
        return arch.equals("aarch64") && platform == PlatformEnum.MACOS ? "arm64" : arch;
    }

    /** macOS's os.version is the product version (14.4); the kernel release is what uname -r prints. */
    private String darwinRelease() {
        CommandRunner.Result result = commands.run(List.of("uname", "-r"));
        return result.outcome() == CommandRunner.Outcome.OK ? "Darwin " + result.output().strip() : null;
    }
}
