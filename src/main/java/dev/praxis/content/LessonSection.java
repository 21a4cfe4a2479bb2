package dev.praxis.content;

/** An H2 section of a module, for "sections read". */
public record LessonSection(String id, String title) {
}
