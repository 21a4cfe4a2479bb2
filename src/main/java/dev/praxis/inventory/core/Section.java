package dev.praxis.inventory.core;

/** The output of one command in a transcript, recognised by its shape. */
interface Section {

    /** Whether this line opens the command's output. */
    boolean starts(String line);

    /**
     * Reads the output that opens at {@code index} into the draft.
     *
     * @return the index of the first line after the output
     * @throws InventoryParseException when a line inside the output has the wrong shape
     */
    int read(TranscriptLines lines, int index, TranscriptDraft draft);
}
