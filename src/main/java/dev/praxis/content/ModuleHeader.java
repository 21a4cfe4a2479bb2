package dev.praxis.content;

import java.util.List;
import java.util.Map;

/**
 * The metadata lines at the top of a module (blockquote, paragraph or H2 form), each null when absent.
 *
 * @param complexity        the token in brackets, e.g. "MEDIUM", or the free text
 * @param prerequisites     the prerequisites as plain text
 * @param prerequisiteSlugs the slugs of the pages the prerequisites line links to
 * @param otherFields       the header's other labelled lines in source order, label to value
 *                          ("Kubernetes Version" to "1.35+"), shown as they are
 */
public record ModuleHeader(String track, String complexity, String time, String readingTime, String prerequisites,
                           List<String> prerequisiteSlugs, Map<String, String> otherFields) {

    static final ModuleHeader NONE = new ModuleHeader(null, null, null, null, null, List.of(), Map.of());
}
