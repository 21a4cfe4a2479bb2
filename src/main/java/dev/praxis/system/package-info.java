/**
 * What every feature shares and no feature owns: the security rules and browser protections
 * ({@code SecurityConfig}: who may reach what, CSP, CSRF, remember-me tokens in {@code persistent_logins}), public
 * reading for visitors ({@code PublicReading}, {@code PRAXIS_PUBLIC_READING}), real 404s for addresses no page answers
 * ({@code UnmappedRequests}) and {@link dev.praxis.system.Sha256}.
 *
 * <h2>Sub-packages</h2>
 * {@code system.web} (layout model, error and 503 handling, static resources, timestamps), {@code system.database}
 * (choosing the database, the change feed), {@code system.session} (sessions in PostgreSQL, read quietly),
 * {@code system.cli} (the offline tools' dispatcher) and {@code system.yaml} (YAML with line numbers).
 *
 * <h2>Depends on</h2>
 * No feature, with one known exception (issue #20): {@code SecurityConfig} wires {@code account}'s sign-in throttle
 * and handlers into the security chain, and {@code system.web.LayoutModelAdvice} reads {@code account.PraxisUser}.
 * {@code CycleTests} allows exactly these two classes until the security configuration moves to {@code account}.
 */
package dev.praxis.system;
