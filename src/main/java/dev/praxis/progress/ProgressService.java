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

    private final ProgressRepository facts;

    ProgressService(ProgressRepository facts) {
        this.facts = facts;
    }

    /** Slug → progress for the given modules, in their order. One query whatever the number of modules. */
    public Map<String, ModuleProgress> summaries(long userId, Collection<CourseModule> modules) {
        Map<String, ProgressRepository.ModuleFacts> all = facts.facts(userId);
        Map<String, ModuleProgress> result = new LinkedHashMap<>();
        for (CourseModule module : modules) {
            ProgressRepository.ModuleFacts done = all.getOrDefault(module.slug(), ProgressRepository.ModuleFacts.NONE);
            ProgressRepository.QuizScores scores = done.quiz();
            result.put(module.slug(), new ModuleProgress(module.slug(),
                    Math.min(done.sectionsRead(), module.sections().size()), module.sections().size(),
                    done.predictions(), module.predictions().size(),
                    scores == null ? null : scores.best(), scores == null ? null : scores.latest(),
                    scores != null && scores.passed(), module.quiz().questions().size(),
                    done.labPassed(), module.lab().checklist().size()));
        }
        return result;
    }

    public ModuleProgress of(long userId, CourseModule module) {
        return summaries(userId, List.of(module)).get(module.slug());
    }

    public List<String> readSections(long userId, String moduleSlug) {
        return facts.readSections(userId, moduleSlug);
    }

    /** Records that the learner read a section; unknown section ids are refused by the caller. */
    public void markRead(long userId, CourseModule module, String sectionId) {
        boolean known = module.sections().stream().anyMatch(section -> section.id().equals(sectionId));
        if (!known) {
            throw new IllegalArgumentException("No section " + sectionId + " in " + module.slug());
        }
        facts.markRead(userId, module.slug(), sectionId);
    }
}
