package dev.praxis.system.cli;

/**
 * Input a tool cannot work with (a missing folder, an unknown slug, a malformed file). Its message is shown to the
 * user as is, after the tool's name, and the tool exits with {@link CommandLineTool#USAGE_ERROR}.
 */
public class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }
}
