package dev.praxis.quiz;

import dev.praxis.content.CourseModule;
import dev.praxis.content.ModuleFacts;
import dev.praxis.content.QuizQuestion;
import dev.praxis.quiz.drafting.ModuleDraft;
import dev.praxis.quiz.drafting.ModuleGrading;
import dev.praxis.quiz.drafting.RubricDrafter;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code check-content} facts of a module's quiz: {@code gradable}, the questions the grader can grade (a rubric in
 * the grading file or a draft from the model answer), and {@code drafted}, those graded by a draft.
 */
public final class GradableFacts implements ModuleFacts {

    @Override
    public Map<String, Integer> facts(Path root, CourseModule module) {
        Optional<ModuleRubric> authored;
        try {
            authored = RubricFiles.forModule(root.resolve(module.path()));
        } catch (RubricException e) {
            authored = Optional.empty();
        }
        Optional<ModuleDraft> draft = module.quiz().isEmpty() ? Optional.empty() : RubricDrafter.draft(module);
        ModuleGrading grading = new ModuleGrading(authored, draft);
        int gradable = 0;
        int drafted = 0;
        for (QuizQuestion question : module.quiz().questions()) {
            Optional<ModuleGrading.Source> source = grading.source(question.number());
            if (source.isPresent()) {
                gradable++;
                drafted += source.get() == ModuleGrading.Source.DRAFTED ? 1 : 0;
            }
        }
        Map<String, Integer> facts = new LinkedHashMap<>();
        facts.put("gradable", gradable);
        facts.put("drafted", drafted);
        return facts;
    }
}
