package dev.praxis.lesson;

import dev.praxis.content.Catalog;
import dev.praxis.content.CatalogSection;
import dev.praxis.content.CourseModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the track a module belongs to, for the lesson's left-hand navigation. */
final class Navigation {

    private Navigation() {
    }

    static Optional<CatalogSection> trackOf(Catalog catalog, CourseModule module) {
        return catalog.tracks().stream().filter(track -> contains(track, module.slug())).findFirst();
    }

    static List<CourseModule> modulesOf(CatalogSection section) {
        List<CourseModule> modules = new ArrayList<>(section.modules());
        section.sections().forEach(child -> modules.addAll(modulesOf(child)));
        return modules;
    }

    private static boolean contains(CatalogSection section, String slug) {
        return section.modules().stream().anyMatch(module -> module.slug().equals(slug))
                || section.sections().stream().anyMatch(child -> contains(child, slug));
    }
}
