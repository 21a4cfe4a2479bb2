package dev.praxis.inventory.core;

import java.util.List;

/** The output of one command, recognised by its shape (and by the command typed before it, where shown). */
interface Section {

    /** The command as the reading report names it: {@code lscpu}, {@code df}, {@code system_profiler}. */
    String command();

    /** Whether this typed command line prints this output ({@code df -hT}, {@code lspci | grep -i vga}). */
    boolean answers(String typed);

    /** The inventory fields this output gives, listed as unknown when it cannot be read. */
    List<String> gives();

    /** What the output looks like, for the message when it cannot be read. */
    String expected();

    /**
     * Whether this output opens at {@code index}, and where it ends.
     *
     * @param limit the index where the surrounding command's output ends at the latest
     * @param typed the command typed before this output, or null
     * @return the index after the output, or -1 when the line does not open it
     */
    int end(TranscriptLines lines, int index, int limit, String typed);

    /**
     * Reads the block into the facts. Lines of the block that cannot be read are recorded as problems and skipped.
     *
     * @throws UnreadableOutput when nothing of the block can be read
     */
    void read(Block block, Facts facts);

    /** One stretch of lines found to hold this section's output. */
    record Block(TranscriptLines lines, int start, int end, String typed) {

        String line(int index) {
            return lines.get(index);
        }

        int firstLine() {
            return TranscriptLines.number(start);
        }

        int lastLine() {
            return end;
        }

        /** Whether the typed command line contains this option or word. */
        boolean typedWith(String word) {
            return typed != null && (" " + typed + " ").contains(" " + word + " ");
        }
    }

    /** A block that cannot be read at all. */
    final class UnreadableOutput extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final String expected;

        UnreadableOutput(int line, String expected) {
            super("line " + line + ": expected " + expected, null, false, false);
            this.line = line;
            this.expected = expected;
        }

        int line() {
            return line;
        }

        String expected() {
            return expected;
        }
    }
}
