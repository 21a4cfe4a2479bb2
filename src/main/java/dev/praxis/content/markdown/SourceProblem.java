package dev.praxis.content.markdown;

/** Something an author should fix, found while parsing: a 1-based line of the Markdown source and what is wrong. */
public record SourceProblem(int line, String message) {
}
