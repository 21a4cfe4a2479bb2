package dev.praxis.system.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Dispatches {@code java -jar praxis.jar <tool> ...} to the tool of that name. Tools are found with
 * {@link ServiceLoader} (each feature lists its tool in {@code META-INF/services}), so adding a tool touches only
 * its own feature.
 */
public final class CommandLineTools {

    private CommandLineTools() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("help") || args[0].equals("--help") || find(args[0]).isPresent());
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args[0].equals("help") || args[0].equals("--help")) {
            out.println("Usage: java -jar praxis.jar [tool args...]   (no tool: start the platform;"
                    + " <tool> --help: its arguments)");
            tools().forEach(tool -> out.println("  " + tool.usage()));
            return 0;
        }
        CommandLineTool tool = find(args[0]).orElseThrow();
        List<String> rest = List.of(Arrays.copyOfRange(args, 1, args.length));
        return tool.run(rest, out, err);
    }

    static List<CommandLineTool> tools() {
        return ServiceLoader.load(CommandLineTool.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    private static Optional<CommandLineTool> find(String name) {
        return tools().stream().filter(tool -> tool.name().equals(name)).findFirst();
    }
}
