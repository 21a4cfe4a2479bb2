package dev.praxis.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Puts imported pages together: the section tree, duplicate slugs, links that resolve to no page. */
final class CatalogAssembly {

    /**
     * By {@code sidebar.order} as written, fractions included: real trees slot a page between two others with
     * {@code order: 1002.1}, which the whole-number {@link CourseModule#order()} cannot tell from 1002.
     */
    private static final Comparator<CourseModule> MODULE_ORDER = Comparator
            .comparingDouble(CatalogAssembly::sidebarOrder)
            .thenComparing(CourseModule::path);

    private CatalogAssembly() {
    }

    private static double sidebarOrder(CourseModule module) {
        if (module.frontMatter().get("sidebar") instanceof Map<?, ?> sidebar && sidebar.get("order") instanceof Number number) {
            return number.doubleValue();
        }
        return module.order() == null ? Double.MAX_VALUE : module.order();
    }

    static Catalog assemble(List<CourseModule> modules, List<ImportFailure> failures, SectionTitles titles) {
        List<Problem> problems = new ArrayList<>();
        modules.forEach(module -> problems.addAll(module.problems()));
        failures.forEach(failure -> problems.add(new Problem(failure.path(), 0, "not imported: " + failure.reason())));
        Map<String, CourseModule> bySlug = new HashMap<>();
        for (CourseModule module : modules) {
            CourseModule first = bySlug.putIfAbsent(module.slug(), module);
            if (first != null) {
                problems.add(new Problem(module.path(), 1,
                        "duplicate slug '" + module.slug() + "' (also used by " + first.path() + ")"));
            }
        }
        Set<String> folders = folders(modules);
        for (CourseModule module : modules) {
            for (ModuleLink link : module.links()) {
                if (!resolves(link.targetSlug(), bySlug, folders)) {
                    problems.add(new Problem(module.path(), link.line(),
                            "link to /" + link.targetSlug() + "/ resolves to no page"));
                }
            }
        }
        problems.sort(Comparator.comparing(Problem::path).thenComparingInt(Problem::line));
        return new Catalog(section("", modules, titles), modules, failures, problems);
    }

    /**
     * A link resolves to a page or a folder, as written or with its segments slugified as the site's URLs are (dots
     * disappear), or (for a translation) the English page the site falls back to. */
    private static boolean resolves(String slug, Map<String, CourseModule> bySlug, Set<String> folders) {
        for (String candidate : List.of(slug, Slugs.fromPath(slug))) {
            if (candidate.isEmpty() || bySlug.containsKey(candidate) || folders.contains(candidate)) {
                return true;
            }
            if (candidate.startsWith("uk/") && (bySlug.containsKey(candidate.substring(3))
                    || folders.contains(candidate.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> folders(List<CourseModule> modules) {
        Set<String> folders = new HashSet<>();
        for (CourseModule module : modules) {
            String slug = module.slug();
            while (slug.contains("/")) {
                slug = slug.substring(0, slug.lastIndexOf('/'));
                folders.add(slug);
            }
        }
        return folders;
    }

    private static CatalogSection section(String folder, List<CourseModule> all, SectionTitles titles) {
        CourseModule landing = null;
        List<CourseModule> pages = new ArrayList<>();
        Map<String, List<CourseModule>> children = new TreeMap<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (CourseModule module : all) {
            if (!module.path().startsWith(prefix) || (folder.isEmpty() && module.language().equals("uk"))) {
                continue;
            }
            String rest = module.path().substring(prefix.length());
            if (rest.contains("/")) {
                children.computeIfAbsent(prefix + rest.substring(0, rest.indexOf('/')), key -> new ArrayList<>()).add(module);
            } else if (module.landing()) {
                landing = module;
            } else {
                pages.add(module);
            }
        }
        pages.sort(MODULE_ORDER);
        List<CatalogSection> sections = new ArrayList<>();
        children.forEach((child, modules) -> sections.add(section(child, modules, titles)));
        sections.sort(Comparator.comparing((CatalogSection section) -> section.order() == null ? Integer.MAX_VALUE : section.order())
                .thenComparing(CatalogSection::path));
        return new CatalogSection(folder, title(folder, landing, titles), order(folder, landing, titles), landing,
                List.copyOf(sections), List.copyOf(pages));
    }

    private static String title(String folder, CourseModule landing, SectionTitles titles) {
        if (landing != null) {
            return landing.sidebarLabel() != null ? landing.sidebarLabel() : landing.title();
        }
        if (titles.titles().containsKey(folder)) {
            return titles.titles().get(folder);
        }
        String name = folder.contains("/") ? folder.substring(folder.lastIndexOf('/') + 1) : folder;
        String words = name.replace('-', ' ').replace('_', ' ').trim();
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Integer order(String folder, CourseModule landing, SectionTitles titles) {
        if (landing != null && landing.order() != null) {
            return landing.order();
        }
        return titles.orders().get(folder);
    }
}
