package dev.praxis.quiz.drafting;

import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.QuestionRubric;
import dev.praxis.quiz.grading.RubricGrader;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a module's quiz is graded: per question, the hand-written grading file when it has that question (it always
 * wins), otherwise the draft. Pure; shared by the platform and the offline {@code grade} tool.
 */
public record ModuleGrading(Optional<ModuleRubric> authored, Optional<ModuleDraft> draft) {

    /** Where a question's rubric comes from; {@link #label()} is the word the JSON and the pages use. */
    public enum Source {
        AUTHORED, DRAFTED;

        public String label() {
            return this == AUTHORED ? "authored" : "drafted";
        }
    }

    /** A graded answer: its rubric's source, the grader's result, and how sure the verdict is (authored: 1). */
    public record Outcome(Source source, GradeResult result, double confidence) {

        public boolean provisional() {
            return source == Source.DRAFTED && confidence < DraftGrader.PROVISIONAL_BELOW;
        }
    }

    public static ModuleGrading none() {
        return new ModuleGrading(Optional.empty(), Optional.empty());
    }

    public Optional<Source> source(String number) {
        if (authored.flatMap(rubric -> rubric.question(number)).isPresent()) {
            return Optional.of(Source.AUTHORED);
        }
        return draft.flatMap(d -> d.rubric().question(number)).map(rubric -> Source.DRAFTED);
    }

    public boolean gradable(String number) {
        return source(number).isPresent();
    }

    public boolean isEmpty() {
        return authored.isEmpty() && draft.isEmpty();
    }

    /** The question numbers some rubric covers, in order. */
    public Set<String> questions() {
        Set<String> numbers = new TreeSet<>((a, b) -> Integer.compare(ordinal(a), ordinal(b)));
        authored.ifPresent(rubric -> numbers.addAll(rubric.questions().keySet()));
        draft.ifPresent(d -> numbers.addAll(d.rubric().questions().keySet()));
        return numbers;
    }

    public Optional<QuestionRubric> rubric(String number) {
        return authored.flatMap(rubric -> rubric.question(number))
                .or(() -> draft.flatMap(d -> d.rubric().question(number)));
    }

    public Optional<Outcome> grade(String number, String answer) {
        Optional<QuestionRubric> own = authored.flatMap(rubric -> rubric.question(number));
        if (own.isPresent()) {
            return Optional.of(new Outcome(Source.AUTHORED, RubricGrader.grade(own.get(), answer), 1.0));
        }
        return draft.filter(d -> d.rubric().question(number).isPresent()).map(d -> {
            DraftGrader.DraftedGrade graded = DraftGrader.grade(d, number, answer);
            return new Outcome(Source.DRAFTED, graded.result(), graded.confidence());
        });
    }

    /** The authored pass share, else {@code fallback}. */
    public double passShare(double fallback) {
        return authored.map(ModuleRubric::passShare).orElse(fallback);
    }

    private static int ordinal(String number) {
        try {
            return Integer.parseInt(number.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
