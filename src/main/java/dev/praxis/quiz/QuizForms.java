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
