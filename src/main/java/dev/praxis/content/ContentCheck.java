package dev.praxis.content;

import java.nio.file.Path;
import java.util.List;

/**
 * An extra check {@code check-content} runs over an imported tree. Features add checks (grading examples, lab
 * examples) by implementing this and listing the class in
 * {@code META-INF/services/dev.praxis.content.ContentCheck}; they are found with {@link java.util.ServiceLoader}.
 * A check reports problems with the path relative to {@code root}; it never throws for bad content.
 */
public interface ContentCheck {

    List<Problem> check(Path root, Catalog catalog);
}
