package dev.praxis.inventory.core;

/**
 * Input that cannot be read as an inventory. Carries where and what was expected so the web layer can answer with
 * a precise 4xx and the agent's {@code parse} with a precise message.
 */
public class InventoryParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String section;
    private final int line;
    private final String expected;

    public InventoryParseException(String section, int line, String expected) {
        super(section + ", line " + line + ": expected " + expected);
        this.section = section;
        this.line = line;
        this.expected = expected;
    }

    /** The part of the input being read, e.g. {@code df -h}, {@code agent-json}, {@code input}. */
    public String section() {
        return section;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** What the parser expected at that line. */
    public String expected() {
        return expected;
    }
}
