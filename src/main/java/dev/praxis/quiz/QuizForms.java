package dev.praxis.quiz;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** What the quiz page posts. */
final class QuizForms {

    private QuizForms() {
    }

    /** One answer saved while the learner types. */
    record Draft(@FitsAnswerLength String answer) {

        Draft {
            answer = answer == null ? "" : answer;
        }
    }

    /**
     * A submitted attempt, question id to answer. Built by the controller from the form's repeated fields (a record
     * bound from them would split a lone answer at its commas), then validated like any form.
     */
    record Submission(Map<String, @FitsAnswerLength String> answers) {
    }

    /** The learner's own verdict on an answer graded for self-assessment. */
    record SelfAssessment(@Pattern(regexp = "correct|partial|incorrect",
            message = "Choose correct, partly correct or incorrect.") String verdict) {

        SelfAssessment {
            verdict = verdict == null ? "" : verdict;
        }
    }

    /**
     * The rubric editor's text as posted to try or save: the module it belongs to, the grading file being edited, the
     * version it was opened from (to detect a concurrent save), and an answer to try with the question it answers.
     */
    record RubricEdit(
            String module,
            @Size(max = MAX_RUBRIC, message = "A grading file is at most 256 KB; this one is longer.") String yaml,
            String base,
            String question,
            @FitsAnswerLength String answer) {

        static final int MAX_RUBRIC = 256 * 1024;

        RubricEdit {
            module = module == null ? "" : module;
            yaml = yaml == null ? "" : yaml;
            base = base == null ? "" : base;
            question = question == null ? "" : question;
            answer = answer == null ? "" : answer;
        }
    }

    /** An instructor's verdict on an answer and the reason the learner reads. */
    record Override(
            @Pattern(regexp = "correct|partial|incorrect", message = "Choose correct, partial or incorrect.")
            String verdict,
            @Size(min = 1, max = 2000, message = "Say in a sentence (up to 2,000 characters) why the verdict changes.")
            String comment) {

        Override {
            verdict = verdict == null ? "" : verdict;
            comment = comment == null ? "" : comment.strip();
        }
    }
}
