package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text summaries of neofetch and fastfetch, {@code Key: value} per line: {@code CPU: Intel Xeon E5-2450L 0 (32) @
 * 2.300GHz} (the count in brackets is logical CPUs; fastfetch's {@code (8+16)} of a hybrid CPU counts cores per kind
 * and is not kept), {@code GPU: NVIDIA GeForce GT 710} (fastfetch numbers them {@code GPU 1:}, {@code GPU 2:} when
 * there are several), {@code OS: Ubuntu 24.04.4 LTS x86_64} (its architecture), {@code Memory: 558MiB /
 * 23954MiB} or {@code Memory: 3.21 GiB / 15.52 GiB (21%)}, {@code Swap: …}, {@code Kernel: …} and fastfetch's
 * {@code Disk (/): 5.80 GiB / 340.74 GiB (2%) - zfs} (a file system: used, size, use%, type). Known by two such lines
 * in a row, or by one {@code Disk (…)} line. neofetch's logo, printed on the left of the same lines, is skipped: a
 * key counts after two spaces that follow the logo's characters. fastfetch's {@code --stat} time at the right of each
 * line ({@code …   0ms}) and a memory figure after a GPU's name are not part of the value.
 */
final class FetchSection extends DescribedSection {

    /** A Linux distribution's name at the start of an {@code OS:} value, or the word Linux anywhere in it. */
    private static final Pattern LINUX_DISTRIBUTION = Pattern.compile("(?i)\\bLinux\\b|^(?:Ubuntu|Kubuntu|Xubuntu|"
            + "Lubuntu|Debian|Raspbian|Fedora|Arch|Manjaro|Mint|Pop!_OS|elementary|openSUSE|CentOS|Rocky|AlmaLinux|"
            + "Red Hat|RHEL|Gentoo|Void|NixOS|Kali|Zorin|EndeavourOS|Garuda|CachyOS|Bazzite|Alpine|Slackware|Deepin|"
            + "KDE neon|Nobara|Solus|Artix|Parrot|MX|Armbian|DietPi|Proxmox|TrueNAS SCALE|Unraid)\\b");
    private static final Pattern NAME_WITH_MEMORY = Pattern.compile("^(.{3,80}?)\\s+(\\d{1,3})\\s?GB$");
    private static final Pattern WINDOWS = Pattern.compile("^(?:Microsoft )?Win(?:dows)?\\s?\\d{1,2}\\b");
    private static final Pattern MACOS = Pattern.compile("^(?:macOS|Mac OS X|OS X)\\b");
    /** neofetch names a GPU lspci has no name for by its bus address first: {@code bdf4:00:00.0 Microsoft …}. */
    private static final Pattern BUS_ADDRESS = Pattern.compile("^(?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.\\d\\s+");
    private static final Pattern LINE = Pattern.compile("^(?:.*?\\S\\s{2,})?(OS|Host|Kernel|Uptime|Packages|Shell|Resolution|DE|WM|Theme"
            + "|Icons|Terminal|Terminal Font|CPU|GPU(?: \\d{1,2})?|Memory|Swap|Disk \\([^)]{1,200}\\)|Local IP|Battery|Locale"
            + "|Display(?: \\([^)]{1,100}\\))?"
            + "|Cursor|Font|WM Theme|Board|Chassis|Bios|BIOS|Init System|Processes|Physical Memory)\\s*: (.+)$");
    private static final String AMOUNT = "(\\d{1,12}(?:\\.\\d{1,4})?)\\s?([KMGTP]i?B|B)";
    private static final Pattern USAGE = Pattern.compile("^" + AMOUNT + "\\s*/\\s*" + AMOUNT
            + "(?:\\s*\\((\\d{1,3})%\\))?(?:\\s*-\\s*(\\S+))?.*");
    private static final Pattern CPU = Pattern.compile(
            "^(.+?)(?:\\s+\\((?:\\s*(\\d{1,4})|\\d{1,4}(?:\\+\\d{1,4}){1,3})\\))?(?:\\s+@\\s+[\\d.]+\\s?[GM]Hz)?$");
    /** The architecture fastfetch prints after the distribution on its {@code OS:} line. */
    private static final Pattern OS_ARCH = Pattern.compile("\\s(x86_64|aarch64|arm64|armv7l|i686|riscv64|ppc64le|s390x)$");
    private static final Pattern GPU_KIND = Pattern.compile("\\s*\\[(Discrete|Integrated|Unknown)]\\s*$");
    /** fastfetch --stat's time taken, printed after the value at the right ({@code …  0ms}). */
    private static final Pattern STAT = Pattern.compile("\\s{2,}\\d{1,6}(?:\\.\\d{1,3})?\\s?ms$");
    /** A memory figure after a GPU's name ({@code (288.00 MiB)}), which is not part of the name. */
    private static final Pattern GPU_MEMORY = Pattern.compile("\\s*\\(\\d{1,6}(?:\\.\\d{1,2})?\\s?[KMGT]i?B\\)$");

    FetchSection() {
        super(new Descriptor("fastfetch",
                typed -> typed.matches("(?:neofetch|fastfetch|screenfetch)\\b.*"),
                List.of("cpu.model", "cpu.logicalCores", "memory.totalBytes", "gpus", "filesystems"),
                "lines like 'Memory: 3.21 GiB / 15.52 GiB (21%)' or 'Disk (/): 5.80 GiB / 340.74 GiB (2%) - ext4'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        Matcher first = LINE.matcher(lines.get(index).strip());
        if (!first.matches()) {
            return -1;
        }
        int i = index + 1;
        while (i < limit && lines.isText(i) && LINE.matcher(lines.get(i).strip()).matches()) {
            i++;
        }
        boolean typedFetch = typed != null && answers(typed);
        return i - index >= 2 || first.group(1).startsWith("Disk") || typedFetch ? i : -1;
    }

    @Override
    public void read(Block block, Facts facts) {
        for (int i = block.start(); i < block.end(); i++) {
            Matcher m = LINE.matcher(block.line(i).strip());
            if (!m.matches()) {
                continue;
            }
            int number = TranscriptLines.number(i);
            String key = m.group(1);
            String value = STAT.matcher(m.group(2).strip()).replaceFirst("").strip();
            Matcher usage = USAGE.matcher(value);
            switch (key) {
                case "Memory" -> {
                    if (usage.matches()) {
                        amount(usage.group(3), usage.group(4)).ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size,
                                number));
                    }
                }
                case "Swap" -> {
                    if (usage.matches()) {
                        amount(usage.group(3), usage.group(4)).ifPresent(size -> facts.put(Field.SWAP_TOTAL, size,
                                number));
                    }
                }
                case "Kernel" -> {
                    if (value.startsWith("Linux ")) {
                        facts.put(Field.OS_NAME, "Linux", number);
                    }
                    facts.put(Field.OS_KERNEL, value.replaceFirst("^Linux\\s+", ""), number);
                }
                case "OS" -> {
                    String system = system(value);
                    if (system != null) {
                        facts.put(Field.OS_NAME, system, number);
                    }
                    Matcher arch = OS_ARCH.matcher(value);
                    if (arch.find()) {
                        facts.put(Field.OS_ARCHITECTURE, arch.group(1), number);
                    }
                }
                case "CPU" -> cpu(value, number, facts);
                default -> {
                    if (key.startsWith("GPU")) {
                        gpu(value, number, facts);
                    } else if (key.startsWith("Disk") && usage.matches()) {
                        disk(key.substring(key.indexOf('(') + 1, key.length() - 1), usage, number, facts);
                    }
                }
            }
        }
        if (facts.values.isEmpty() && facts.filesystems.isEmpty() && facts.gpus.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }

    private static void cpu(String value, int number, Facts facts) {
        Matcher m = CPU.matcher(value);
        if (!m.matches()) {
            return;
        }
        facts.put(Field.CPU_MODEL, m.group(1).strip(), number);
        if (m.group(2) != null) {
            facts.put(Field.CPU_LOGICAL_CORES, Integer.valueOf(m.group(2)), number);
        }
    }

    /**
     * The system a fetch tool's {@code OS:} value names: a Linux distribution ({@code Raspbian GNU/Linux 8.0 (jessie)},
     * {@code Ubuntu 20.04.1 LTS on Windows 10 x86_64} under WSL), macOS or Windows; null for anything else.
     */
    static String system(String value) {
        if (LINUX_DISTRIBUTION.matcher(value).find()) {
            return "Linux";
        }
        if (MACOS.matcher(value).find()) {
            return "macOS";
        }
        return WINDOWS.matcher(value).find() || value.startsWith("Windows") ? "Windows" : null;
    }

    private static void gpu(String value, int number, Facts facts) {
        Matcher kind = GPU_KIND.matcher(value);
        String name = GPU_MEMORY.matcher(kind.find() ? value.substring(0, kind.start()).strip() : value)
                .replaceFirst("").replaceFirst("\\s+@\\s+[\\d.]+\\s?[GM]Hz$", "");
        name = BUS_ADDRESS.matcher(name).replaceFirst("");
        // a GPU written with its memory after the name, as people list their machine ('Radeon RX 7800 XT 16GB')
        Long vram = null;
        Matcher memory = NAME_WITH_MEMORY.matcher(name);
        if (memory.matches()) {
            name = memory.group(1);
            vram = Long.parseLong(memory.group(2)) << 30;
        }
        String vendor = LshwSection.vendor(name);
        // a GPU of no known kind (WSL's 'Microsoft Corporation Device 008e') stays unknown, never a fault
        Boolean integrated = kind.find(0) && !kind.group(1).equals("Unknown")
                ? Boolean.valueOf(kind.group(1).equals("Integrated"))
                : vendor == null ? null : LspciSection.integrated(vendor, name);
        facts.listsGpus = true;
        facts.gpu(new Gpu(vendor, name, vram, vram == null ? null : 0L, null, integrated), "fastfetch", null, number);
    }

    private static void disk(String mount, Matcher usage, int number, Facts facts) {
        Optional<Size> used = amount(usage.group(1), usage.group(2));
        Optional<Size> size = amount(usage.group(3), usage.group(4));
        if (size.isEmpty() || used.isEmpty()) {
            facts.problem(number, "a size like '340.74 GiB'");
            return;
        }
        facts.listsFilesystems = true;
        Integer percent = usage.group(5) == null ? null : Integer.valueOf(usage.group(5));
        facts.filesystem(new Filesystem(null, mount, usage.group(6), size.get().bytes(), size.get().precisionBytes(),
                used.get().bytes(), used.get().precisionBytes(), null, null, percent, false), number);
    }

    /** {@code 23954MiB}, {@code 15.52 GiB}; neofetch and fastfetch count in powers of 1024 whatever they print. */
    private static Optional<Size> amount(String number, String unit) {
        return Size.parse(number + unit.charAt(0), 1);
    }
}
