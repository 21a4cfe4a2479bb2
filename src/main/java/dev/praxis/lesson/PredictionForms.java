package dev.praxis.lesson;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a lesson's prediction card posts. */
final class PredictionForms {

    private PredictionForms() {
    }

    /** A prediction in the learner's words, without surrounding blanks. */
    record Commit(
            @Size(min = PredictionService.MIN_LENGTH, message = "Write at least " + PredictionService.MIN_LENGTH
                    + " characters: say what you expect and why, before you see the explanation.")
            @Size(max = PredictionService.MAX_LENGTH, message = "Keep your prediction under "
                    + PredictionService.MAX_LENGTH + " characters.")
            String body) {

        Commit {
            body = body == null ? "" : body.strip();
        }
    }

    /** The learner's own judgement of a committed prediction after the reveal. */
    record SelfCheck(@Pattern(regexp = "got-it|partly|missed", message = "Choose got it, partly or missed it.")
                     String verdict) {

        SelfCheck {
            verdict = verdict == null ? "" : verdict;
        }
    }
}
