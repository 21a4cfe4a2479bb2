package dev.praxis.account;

/** What the account pages post to set a new password. */
final class PasswordForms {

    private PasswordForms() {
    }

    /** The signed-in person's password change; whether the current password is right only the service can tell. */
    record Change(String currentPassword, @StrongPassword String newPassword) {

        Change {
            currentPassword = currentPassword == null ? "" : currentPassword;
            newPassword = newPassword == null ? "" : newPassword;
        }
    }

    /** A new password chosen through a reset link. */
    record Reset(@StrongPassword String newPassword) {

        Reset {
            newPassword = newPassword == null ? "" : newPassword;
        }
    }
}
