package dev.praxis.progress;

import dev.praxis.content.Catalog;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Progress derived from the learner's facts; nothing here is a counter that could drift. */
@Service
public class ProgressService {

    private final ProgressRepository repository;
    private final LearnerFactsCache facts;
    private final ContentLibrary library;

    ProgressService(ProgressRepository repository, LearnerFactsCache facts, ContentLibrary library) {
        this.repository = repository;
        this.facts = facts;
        this.library = library;
    }

    /** What the learner did, as of their last change heard; no SQL while a kept copy is current. */
    public LearnerFacts facts(long userId) {
        return facts.of(userId);
    }

    /** Slug → progress for the given modules, in their order; each counts what was done in its translations too. */
    public Map<String, ModuleProgress> summaries(long userId, Collection<CourseModule> modules) {
        return summaries(facts(userId), modules, library.catalog());
    }

    /** Slug → progress for the given modules, in their order, from facts already read. */
    public static Map<String, ModuleProgress> summaries(LearnerFacts all, Collection<CourseModule> modules,
                                                        Catalog catalog) {
        Map<String, ModuleProgress> result = new LinkedHashMap<>();
        for (CourseModule module : modules) {
            result.put(module.slug(), progress(all, module, catalog));
        }
        return result;
    }

    /** One module's progress: what the learner did in any of its versions (see {@link ModuleTally#with}). */
    private static ModuleProgress progress(LearnerFacts all, CourseModule module, Catalog catalog) {
        ModuleTally tally = all.module(module.slug()).tally();
        for (CourseModule version : catalog.translations(module.slug()).values()) {
            if (!version.slug().equals(module.slug())) {
                tally = tally.with(all.module(version.slug()).tally());
            }
        }
        return tally.in(module);
    }

    /** What the learner should do next in this module (this language version), or after it. */
    public NextStep nextStep(long userId, CourseModule module) {
        return nextStep(facts(userId), module, library.catalog());
    }

    /** What this module still needs to be complete, or the module after it (for quiz results and the lab). */
    public NextStep nextToComplete(long userId, CourseModule module) {
        Catalog catalog = library.catalog();
        return NextStep.toComplete(module, progress(facts(userId), module, catalog), catalog.next(module));
    }

    private static NextStep nextStep(LearnerFacts all, CourseModule module, Catalog catalog) {
        Set<String> committed = all.predictions().values().stream()
                .filter(prediction -> prediction.moduleSlug().equals(module.slug()))
                .map(LearnerFacts.Prediction::promptId).collect(Collectors.toSet());
        return NextStep.in(module, progress(all, module, catalog), all.module(module.slug()).sectionIds(), committed,
                catalog.next(module));
    }

    /**
     * Where the learner left off: the module they last did something in (in the language they did it in), its
     * progress and next step; the course's first module for a learner who has done nothing yet; empty when the
     * course has no module.
     */
    public Optional<Continuation> continuation(long userId) {
        LearnerFacts all = facts(userId);
        Catalog catalog = library.catalog();
        CourseModule latest = null;
        Instant latestAt = null;
        for (CourseModule module : catalog.courseOrder()) {
            for (CourseModule version : catalog.translations(module.slug()).values()) {
                Instant at = all.module(version.slug()).lastAt();
                if (at != null && (latestAt == null || at.isAfter(latestAt))) {
                    latest = version;
                    latestAt = at;
                }
            }
        }
        boolean started = latest != null;
        CourseModule module = started ? latest : catalog.courseOrder().isEmpty() ? null : catalog.courseOrder().get(0);
        return Optional.ofNullable(module).map(found -> new Continuation(found, progress(all, found, catalog),
                nextStep(all, found, catalog), started));
    }

    /**
     * @param started false when the learner has done nothing yet and this is where the course begins
     */
    public record Continuation(CourseModule module, ModuleProgress progress, NextStep next, boolean started) {
    }

    public ModuleProgress of(long userId, CourseModule module) {
        return progress(facts(userId), module, library.catalog());
    }

    public List<String> readSections(long userId, String moduleSlug) {
        return facts(userId).module(moduleSlug).sectionIds();
    }

    /** Records that the learner read a section; unknown section ids are refused by the caller. */
    public void markRead(long userId, CourseModule module, String sectionId) {
        boolean known = module.sections().stream().anyMatch(section -> section.id().equals(sectionId));
        if (!known) {
            throw new IllegalArgumentException("No section " + sectionId + " in " + module.slug());
        }
        repository.markRead(userId, module.slug(), sectionId);
    }
}
