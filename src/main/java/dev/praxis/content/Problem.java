package dev.praxis.content;

/**
 * Something wrong in the content an author should fix. It never stops an import.
 *
 * @param path the file, relative to the content root, with {@code /}
 * @param line 1-based, 0 when the problem is about the whole file
 */
public record Problem(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
