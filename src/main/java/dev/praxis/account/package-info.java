/**
 * Accounts and signing in: registration ({@code /register}), the sign-in page ({@code /login}), roles
 * ({@link dev.praxis.account.Role}: learner, instructor, admin) and the admins' page that changes them
 * ({@code /admin/users}), the first admin from the environment, and sign-in throttling.
 *
 * <h2>Owns</h2>
 * Tables {@code app_user}, {@code role_change} and {@code sign_in_bucket} (the throttle's Bucket4j buckets, shared
 * by every instance); templates {@code account/}. Publishes the read models {@code learner_view} (learners without
 * credentials) and {@code account_name_view} (the name each account shows under), migration {@code V27}.
 *
 * <h2>Security of the whole platform</h2>
 * {@code SecurityConfig} (who may reach what, CSP, CSRF with {@code SessionOrCookieCsrfTokenRepository} so visitors
 * store no session, remember-me tokens in {@code persistent_logins} with {@code RememberMeReplayFilter}), public
 * reading for visitors ({@code PublicReading}, {@code PRAXIS_PUBLIC_READING}), real 404s for addresses no page
 * answers ({@code UnmappedRequests}) and the signed-in user in every page's model ({@code LayoutModelAdvice}). They
 * live here, beside the sign-in throttle and handlers they wire in, so that {@code system} knows no feature.
 *
 * <h2>Used by other features</h2>
 * {@link dev.praxis.account.PraxisUser}, the signed-in user every controller receives as
 * {@code @AuthenticationPrincipal}; {@link dev.praxis.account.AccountService} and
 * {@link dev.praxis.account.UserAccount} for instructors' pages.
 *
 * <h2>Depends on</h2>
 * {@code system} ({@code Sha256}, {@code NotFoundException}, {@code BucketTable}, {@code LikePattern}).
 */
package dev.praxis.account;
