package dev.praxis.content;

/** A file of the tree that could not be imported, and why; the rest of the tree imports without it. */
public record ImportFailure(String path, String reason) {
}
