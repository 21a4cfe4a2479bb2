package dev.praxis.system.cli;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** An offline command of the platform jar: pure work over files, no Spring context, no database. */
public interface CommandLineTool {

    /** The exit code of a command line or input the tool cannot work with (nothing is printed to stdout then). */
    int USAGE_ERROR = 2;

    /** The first command-line argument that selects this tool, e.g. {@code check-content}. */
    String name();

    /** One line for {@code java -jar praxis.jar help}. */
    String usage();

    /**
     * Runs the tool.
     *
     * @param args the arguments after the tool's name
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err);

    /** The work of a tool once picocli has filled its arguments object. */
    @FunctionalInterface
    interface Work<A> {

        int run(A arguments) throws BadInput;
    }

    /**
     * The one way a tool handles its command line: picocli parses {@code args} into {@code arguments} (a
     * {@code @Command} object with {@code @Parameters} and {@code @Option} fields, or a {@code CommandSpec} built in
     * code such as {@link ModuleArguments#spec}), {@code --help} prints the usage
     * generated from it to {@code out}, a command line picocli refuses (unknown option, missing or extra argument)
     * prints picocli's reason and {@link #usage()} to {@code err}, and {@link BadInput} prints its message; both exit
     * {@link #USAGE_ERROR}.
     */
    default <A> int execute(A arguments, List<String> args, PrintStream out, PrintStream err, Work<A> work) {
        // arguments are taken literally: no @file expansion, a repeated option keeps its last value
        CommandLine commandLine = new CommandLine(arguments).setCommandName(name()).setExpandAtFiles(false)
                .setOverwrittenOptionsAllowed(true);
        try {
            commandLine.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            err.println(name() + ": " + e.getMessage());
            err.println("usage: " + usage());
            return USAGE_ERROR;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return 0;
        }
        try {
            return work.run(arguments);
        } catch (BadInput e) {
            err.println(name() + ": " + e.getMessage());
            return USAGE_ERROR;
        }
    }
}
