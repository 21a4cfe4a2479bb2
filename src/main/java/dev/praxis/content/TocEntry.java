package dev.praxis.content;

/** A heading for "On this page": level 2 or 3, its anchor id and text. Lab steps are included. */
public record TocEntry(int level, String id, String title) {
}
