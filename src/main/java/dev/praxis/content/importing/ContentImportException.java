package dev.praxis.content.importing;

/** A page that cannot be imported at all (unreadable, not UTF-8, broken front matter), with the reason. */
public class ContentImportException extends Exception {

    private final String path;

    public ContentImportException(String path, String reason) {
        super(reason);
        this.path = path;
    }

    public ContentImportException(String path, String reason, Throwable cause) {
        super(reason, cause);
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return getMessage();
    }
}
