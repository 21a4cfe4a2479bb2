package dev.praxis.account;

/** What a user may do. Every new account is a learner; an admin promotes instructors and admins. */
public enum Role {
    LEARNER, INSTRUCTOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
