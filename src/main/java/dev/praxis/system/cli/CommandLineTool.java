package dev.praxis.system.cli;

import java.io.PrintStream;
import java.util.List;

/** An offline command of the platform jar: pure work over files, no Spring context, no database. */
public interface CommandLineTool {

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
}
