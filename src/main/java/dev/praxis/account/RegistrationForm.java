package dev.praxis.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What the registration page posts, with the checks that give each field its own plain-words message. */
record RegistrationForm(String email, String displayName, String password) {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

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
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            problems.put("email", "Enter an email address like name@example.org.");
        }
        if (displayName.isEmpty()) {
            problems.put("displayName", "Enter the name other people in your cohort will see.");
        } else if (displayName.length() > 80) {
            problems.put("displayName", "Keep the display name to 80 characters or fewer.");
        }
        if (password.length() < MIN_PASSWORD) {
            problems.put("password", "Use at least " + MIN_PASSWORD + " characters; a short sentence is easy to remember.");
        } else if (password.length() > MAX_PASSWORD) {
            problems.put("password", "Use at most " + MAX_PASSWORD + " characters.");
        }
        return problems;
    }
}
