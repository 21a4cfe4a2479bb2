/**
 * Accounts and signing in: registration ({@code /register}), the sign-in page ({@code /login}), roles
 * ({@link dev.praxis.account.Role}: learner, instructor, admin) and the admins' page that changes them
 * ({@code /admin/users}), the first admin from the environment, and sign-in throttling.
 *
 * <h2>Owns</h2>
 * Tables {@code app_user}, {@code role_change} and {@code sign_in_bucket} (the throttle's Bucket4j buckets, shared
 * by every instance); templates {@code account/}.
 *
 * <h2>Used by other features</h2>
 * {@link dev.praxis.account.PraxisUser}, the signed-in user every controller receives as
 * {@code @AuthenticationPrincipal}; {@link dev.praxis.account.AccountService} and
 * {@link dev.praxis.account.UserAccount} for instructors' pages. {@link dev.praxis.account.SignInThrottle},
 * {@link dev.praxis.account.SignInThrottleFilter} and {@link dev.praxis.account.SignInOutcomeHandlers} are public
 * only because {@code system.SecurityConfig} wires them into the security chain.
 *
 * <h2>Depends on</h2>
 * {@code system} ({@code Sha256}, {@code NotFoundException}). {@code system}'s security configuration and layout
 * depend back on this package: the one known package cycle, allowed by {@code CycleTests} until the security
 * configuration moves here (issue #20).
 */
package dev.praxis.account;
