/**
 * Tests of the security rules as a visitor, a learner, an instructor and an attacker meet them: who may reach what
 * ({@code AuthorizationMatrixTests}), CSRF, sessions and signing out elsewhere, password-reset mail (against the
 * in-process {@link dev.praxis.security.SmtpInbox}), request limits, form messages and hostile input. The rules
 * themselves live in {@code account} ({@code SecurityConfig}).
 */
package dev.praxis.security;
