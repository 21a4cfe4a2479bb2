package dev.praxis.progress;

import dev.praxis.content.CourseModule;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Progress derived from the learner's facts; nothing here is a counter that could drift. */
@Service
public class ProgressService {

    private final ProgressRepository repository;
    private final LearnerFactsCache facts;

    ProgressService(ProgressRepository repository, LearnerFactsCache facts) {
        this.repository = repository;
        this.facts = facts;
    }

    /** What the learner did, as of their last change heard; no SQL while a kept copy is current. */
    public LearnerFacts facts(long userId) {
        return facts.of(userId);
    }

    /** Slug → progress for the given modules, in their order. */
    public Map<String, ModuleProgress> summaries(long userId, Collection<CourseModule> modules) {
        return summaries(facts(userId), modules);
    }

    /** Slug → progress for the given modules, in their order, from facts already read. */
    public static Map<String, ModuleProgress> summaries(LearnerFacts all, Collection<CourseModule> modules) {
        Map<String, ModuleProgress> result = new LinkedHashMap<>();
        for (CourseModule module : modules) {
            result.put(module.slug(), progress(all.module(module.slug()), module));
        }
        return result;
    }

    private static ModuleProgress progress(LearnerFacts.ModuleFacts done, CourseModule module) {
        LearnerFacts.QuizScores scores = done.quiz();
        return new ModuleProgress(module.slug(),
                Math.min(done.sectionIds().size(), module.sections().size()), module.sections().size(),
                done.predictions(), module.predictions().size(),
                scores == null ? null : scores.best(), scores == null ? null : scores.latest(),
                scores != null && scores.passed(), module.quiz().questions().size(),
                done.labPassed(), module.lab().checklist().size());
    }

    public ModuleProgress of(long userId, CourseModule module) {
        return progress(facts(userId).module(module.slug()), module);
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
