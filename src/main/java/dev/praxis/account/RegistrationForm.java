package dev.praxis.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the registration page posts, with the checks that give each field its own plain-words message. */
record RegistrationForm(String email, String displayName, String password) {

    static final int MAX_DISPLAY_NAME = 80;

    RegistrationForm {
        email = email == null ? "" : email.trim();
        displayName = displayName == null ? "" : displayName.trim();
        password = password == null ? "" : password;
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }

    /** Field name to message; empty when the form is valid. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            EmailAddress.forRegistration(email);
        } catch (EmailAddress.InvalidEmailException e) {
            problems.put("email", e.getMessage());
        }
        displayNameProblem(displayName).ifPresent(problem -> problems.put("displayName", problem));
        PasswordPolicy.problem(password, email, displayName).ifPresent(problem -> problems.put("password", problem));
        return problems;
    }

    /**
     * A name people see next to each other's: no controls or line breaks, no invisible characters that make two
     * names look alike (joiners stay: emoji sequences and Persian need them).
     */
    static Optional<String> displayNameProblem(String displayName) {
        if (displayName.isEmpty()) {
            return Optional.of("Enter the name other people in your cohort will see.");
        }
        if (displayName.codePointCount(0, displayName.length()) > MAX_DISPLAY_NAME) {
            return Optional.of("Keep the display name to " + MAX_DISPLAY_NAME + " characters or fewer.");
        }
        if (displayName.codePoints().anyMatch(c -> c != 0x200C && c != 0x200D && c != ' '
                && EmailAddress.isInvisible(c))) {
            return Optional.of("The display name contains control or invisible characters; type it again.");
        }
        return Optional.empty();
    }
}
