package dev.praxis.content;

import java.util.List;

/**
 * A folder of the content tree: a track at the top level, a section below. Ordered by the landing page's
 * {@code sidebar.order}, then name; modules likewise.
 *
 * @param path    the folder relative to the content root ("" for the root)
 * @param title   {@code sidebar.label} or {@code title} of its {@code index.md} / {@code _index.md}, else the folder name
 * @param landing the folder's {@code index.md} page, or null
 */
public record CatalogSection(String path, String title, Integer order, CourseModule landing,
                             List<CatalogSection> sections, List<CourseModule> modules) {

    /** Whether the page with this slug is in this section or in any section below it, however deep. */
    public boolean contains(String slug) {
        return modules.stream().anyMatch(module -> module.slug().equals(slug))
                || sections.stream().anyMatch(section -> section.contains(slug));
    }
}
