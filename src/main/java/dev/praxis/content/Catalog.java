package dev.praxis.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imported content tree, immutable: tracks and sections of the English tree, every page of every language
 * (each with its problems), the files that failed to import, and what is wrong across pages (duplicate slugs,
 * links to no page).
 */
public final class Catalog {

    public static final String DEFAULT_LANGUAGE = "en";

    private final CatalogSection root;
    private final List<CourseModule> modules;
    private final List<ImportFailure> failures;
    private final List<Problem> problems;
    private final Map<String, CourseModule> bySlug = new HashMap<>();
    private final Map<String, CourseModule> byPath = new HashMap<>();
    private final Map<String, Map<String, CourseModule>> byTranslationKey = new HashMap<>();
    private final List<CourseModule> courseOrder;
    // identity maps: a module record's equals compares its whole content, which a page read must not pay for
    private final Map<CourseModule, Integer> coursePosition = new IdentityHashMap<>();
    private final Map<String, CatalogSection> trackBySlug = new HashMap<>();
    private final Map<CatalogSection, List<CourseModule>> trackModules = new IdentityHashMap<>();

    public Catalog(CatalogSection root, List<CourseModule> modules, List<ImportFailure> failures, List<Problem> problems) {
        this.root = root;
        this.modules = List.copyOf(modules);
        this.failures = List.copyOf(failures);
        this.problems = List.copyOf(problems);
        for (CourseModule module : this.modules) {
            bySlug.putIfAbsent(module.slug(), module);
            byPath.put(module.path(), module);
            byTranslationKey.computeIfAbsent(module.translationKey(), key -> new LinkedHashMap<>())
                    .putIfAbsent(module.language(), module);
        }
        List<CourseModule> ordered = new ArrayList<>();
        collect(root, ordered);
        this.courseOrder = List.copyOf(ordered);
        for (int i = 0; i < courseOrder.size(); i++) {
            coursePosition.putIfAbsent(courseOrder.get(i), i);
        }
        for (CatalogSection track : root.sections()) {
            List<CourseModule> inTrack = new ArrayList<>();
            everyPage(track, inTrack);
            trackModules.put(track, List.copyOf(inTrack));
            inTrack.forEach(module -> trackBySlug.putIfAbsent(module.slug(), track));
        }
    }

    private static void everyPage(CatalogSection section, List<CourseModule> into) {
        into.addAll(section.modules());
        section.sections().forEach(child -> everyPage(child, into));
    }

    private static void collect(CatalogSection section, List<CourseModule> into) {
        section.modules().stream().filter(module -> !module.hidden() && !module.landing()).forEach(into::add);
        section.sections().forEach(child -> collect(child, into));
    }

    /**
     * The modules a learner takes, in the order the catalog lists them (each track's modules, then its sections'),
     * one version of each: the English one. Translations are versions of these, not modules of their own.
     */
    public List<CourseModule> courseOrder() {
        return courseOrder;
    }

    /**
     * The module after this one in {@link #courseOrder()}, in the same language as this one where a translation
     * exists; empty after the last module, and for a page outside the course order.
     */
    public Optional<CourseModule> next(CourseModule module) {
        CourseModule primary = primary(module);
        Integer at = coursePosition.get(primary);
        if (at == null || at + 1 >= courseOrder.size()) {
            return Optional.empty();
        }
        return translation(courseOrder.get(at + 1).slug(), module.language());
    }

    /** The version of this page that progress and the course order count: the English one, else the page itself. */
    public CourseModule primary(CourseModule module) {
        return translation(module.slug(), DEFAULT_LANGUAGE).orElse(module);
    }

    /** The top-level folders of the English tree. */
    public List<CatalogSection> tracks() {
        return root.sections();
    }

    /** The track (top-level folder) a page with this slug is in, at any depth; empty for top-level pages. */
    public Optional<CatalogSection> trackOf(String slug) {
        return Optional.ofNullable(trackBySlug.get(slug));
    }

    /** Every page of a track, its own pages first, then its sections' in order, landing and hidden pages included. */
    public List<CourseModule> pagesOf(CatalogSection track) {
        List<CourseModule> pages = trackModules.get(track);
        if (pages == null) {
            throw new IllegalArgumentException("not a track of this catalog: " + track.path());
        }
        return pages;
    }

    /** The content root as a section: pages at the top level and the tracks. */
    public CatalogSection root() {
        return root;
    }

    /** Every imported page of every language, in path order. */
    public List<CourseModule> modules() {
        return modules;
    }

    /** The page with this slug; a slug written with dots also finds the page whose URL has them removed. */
    public Optional<CourseModule> module(String slug) {
        CourseModule module = bySlug.get(slug);
        return Optional.ofNullable(module != null ? module : bySlug.get(Slugs.fromPath(slug)));
    }

    public Optional<CourseModule> moduleAt(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The page in the given language that translates the page with this slug (same path inside its language tree),
     * falling back to the English page when that language has none.
     */
    public Optional<CourseModule> translation(String slug, String language) {
        CourseModule module = bySlug.get(slug);
        if (module == null) {
            return Optional.empty();
        }
        Map<String, CourseModule> versions = byTranslationKey.getOrDefault(module.translationKey(), Map.of());
        return Optional.ofNullable(versions.getOrDefault(language, versions.getOrDefault(DEFAULT_LANGUAGE, module)));
    }

    /** Language → page for every existing version of the page with this slug (itself included). */
    public Map<String, CourseModule> translations(String slug) {
        CourseModule module = bySlug.get(slug);
        if (module == null) {
            return Map.of();
        }
        return Collections.unmodifiableMap(byTranslationKey.getOrDefault(module.translationKey(), Map.of()));
    }

    public List<ImportFailure> failures() {
        return failures;
    }

    /** Every problem: each page's own and those across pages, in path and line order. */
    public List<Problem> problems() {
        return problems;
    }
}
