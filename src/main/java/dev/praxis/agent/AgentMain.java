package dev.praxis.agent;

import dev.praxis.agent.AgentOptions.UsageException;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.InventoryJson;
import dev.praxis.inventory.core.InventoryParseException;
import dev.praxis.inventory.core.InventoryReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import oshi.SystemInfo;

/**
 * {@code java -jar praxis-agent.jar}: collects this machine's inventory, or normalizes a saved transcript offline.
 * Only the JDK, OSHI, Jackson and picocli are on its class path.
 */
public final class AgentMain {

    static final Path OUTPUT = Path.of("praxis-inventory.json");

    private AgentMain() {
    }

    public static void main(String[] args) {
        // OSHI logs through SLF4J; without a provider SLF4J prints a warning on every run. Set before OSHI loads.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(run(List.of(args), System.out, System.err, System.getenv(), System.in));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, Map.of(), InputStream.nullInputStream());
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> environment,
                   InputStream stdin) {
        AgentOptions options;
        try {
            options = AgentOptions.parse(args);
        } catch (UsageException e) {
            err.println("praxis-agent: " + e.getMessage());
            err.print(AgentOptions.USAGE);
            return 2;
        }
        return switch (options.mode()) {
            case HELP -> {
                out.print(AgentOptions.USAGE);
                yield 0;
            }
            case PARSE -> parse(options.parseFile(), out, err);
            case COLLECT -> collect(options, out, err, environment, stdin);
        };
    }

    private static int parse(Path file, PrintStream out, PrintStream err) {
        try {
            Inventory inventory = InventoryReader.read(Files.readAllBytes(file));
            out.println(InventoryJson.write(inventory));
            // the JSON stays alone on stdout; what could not be read goes to stderr, and the run still succeeds
            inventory.warnings().forEach(warning -> err.println("praxis-agent: " + file + ": warning: " + warning));
            return 0;
        } catch (IOException e) {
            err.println("praxis-agent: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (InventoryParseException e) {
            err.println("praxis-agent: " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static int collect(AgentOptions options, PrintStream out, PrintStream err, Map<String, String> environment,
                               InputStream stdin) {
        String token = null;
        if (options.upload() != null) {
            try {
                StringBuilder warnings = new StringBuilder();
                token = UploadToken.resolve(options.token(), options.tokenFile(), environment, stdin, warnings);
                err.print(warnings);
            } catch (IOException e) {
                err.println("praxis-agent: cannot read the token: " + e.getMessage());
                return 2;
            }
            if (token == null) {
                err.println("praxis-agent: --upload needs your upload token: set " + UploadToken.VARIABLE
                        + ", or give --token-file FILE or --token - (standard input)");
                return 2;
            }
        }
        Inventory inventory = collector(options.projectDir()).collect();
        String json = InventoryJson.write(inventory);
        out.print(Summary.of(inventory));
        try {
            Files.writeString(OUTPUT, json + System.lineSeparator(), StandardCharsets.UTF_8);
            out.println("Wrote " + OUTPUT.toAbsolutePath());
        } catch (IOException e) {
            err.println("praxis-agent: cannot write " + OUTPUT.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        if (options.upload() == null) {
            return 0;
        }
        try {
            Uploader.Answer answer = Uploader.create().upload(options.upload(), token, json);
            // the report quotes the server's words: nothing in them may act on the terminal
            (answer.ok() ? out : err).print(TerminalText.printable(UploadReport.of(options.upload(), answer)));
            return answer.ok() ? 0 : 1;
        } catch (IOException e) {
            err.println("praxis-agent: upload to " + options.upload() + " failed: "
                    + TerminalText.printable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("praxis-agent: upload interrupted");
            return 1;
        }
    }

    private static InventoryCollector collector(Path projectDir) {
        SystemInfo system = new SystemInfo();
        CommandRunner commands = new ProcessCommandRunner(Duration.ofSeconds(2));
        return new InventoryCollector(List.of(
                new OsProbe(system, commands),
                new CpuProbe(system),
                new MemoryProbe(system),
                new DiskProbe(system, Path.of("/sys/block")),
                new FilesystemProbe(system, projectDir),
                new GpuProbe(system, commands),
                new PowerProbe(system),
                new SensorProbe(system)));
    }
}
