package dev.praxis.account;

/** What the registration page posts; each field's constraint gives it its own plain-words message. */
@PasswordApartFromAccount
record RegistrationForm(@RegistrableEmail String email, @DisplayName String displayName,
                        @StrongPassword String password) {

    RegistrationForm {
        email = email == null ? "" : email.trim();
        displayName = displayName == null ? "" : displayName.trim();
        password = password == null ? "" : password;
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }
}
