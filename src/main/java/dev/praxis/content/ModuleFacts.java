package dev.praxis.content;

import java.nio.file.Path;
import java.util.Map;

/**
 * Extra per-module numbers {@code check-content} reports, added by other features (how many quiz questions can be
 * graded, for instance) without the content package knowing them. Listed in
 * {@code META-INF/services/dev.praxis.content.ModuleFacts}; each fact is a whole number summed into the totals.
 */
public interface ModuleFacts {

    /** Facts of one imported module, in a stable order; never throws for bad content. */
    Map<String, Integer> facts(Path root, CourseModule module);
}
