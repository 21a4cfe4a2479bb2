package dev.praxis.quiz;

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
}
