package dev.praxis.inventory;

import jakarta.validation.constraints.Size;

/** The settings page's "new upload token" form: a name the learner recognises the token by. */
record TokenForm(@Size(max = TokenForm.MAX_LABEL, message = "Keep the token name to " + TokenForm.MAX_LABEL
        + " characters or fewer.") String label) {

    static final int MAX_LABEL = 80;

    TokenForm {
        label = label == null || label.isBlank() ? "Agent token" : label.strip();
    }
}
