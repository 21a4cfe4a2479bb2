package dev.praxis.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL is gone, every page fails: even reading the session needs the database. This filter sits before
 * Spring Session and turns such failures into a friendly 503 that touches neither the session nor the database:
 * a static page for browsers, problem details for everything else.
 *
 * <p>Waiting for a connection takes up to Hikari's connection timeout (2 s). So that learners are not each kept
 * waiting that long during an outage, a failure to connect opens a short window in which requests are answered 503
 * at once; when it closes, one request goes through to try the database again, and the first success ends the
 * outage. Health probes always reach the application, so readiness reports DOWN and UP by itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String PROBLEM_JSON = """
            {"type":"about:blank","title":"Service Unavailable","status":503,\
            "detail":"Praxis is briefly unavailable: the database cannot be reached. Try again in a few seconds."}""";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final long RETRY_AFTER_NANOS = 2_000_000_000L;
    private static final String HEALTH = "/actuator/health";

    private final byte[] page;
    private final LongSupplier nanoClock;
    /** While {@code System.nanoTime()} is below this, the database is known unreachable; 0 when it is not. */
    private final AtomicLong unreachableUntil = new AtomicLong();

    DatabaseUnavailableFilter() {
        this(System::nanoTime);
    }

    DatabaseUnavailableFilter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        try (InputStream in = new ClassPathResource("static/errors/503.html").getInputStream()) {
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The 503 page static/errors/503.html is missing from the classpath", e);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean health = request.getRequestURI().startsWith(request.getContextPath() + HEALTH);
        if (!health && !mayTryDatabase()) {
            answerUnavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
            if (!health) {
                unreachableUntil.set(0);
            }
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isDatabaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            if (isConnectionFailure(e)) {
                unreachableUntil.set(nanoClock.getAsLong() + RETRY_AFTER_NANOS);
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            answerUnavailable(request, response);
        }
    }

    /** Closed window: yes. Open window: no. Window just over: yes for the one request that claims the retry. */
    private boolean mayTryDatabase() {
        long until = unreachableUntil.get();
        if (until == 0) {
            return true;
        }
        long now = nanoClock.getAsLong();
        return now - until >= 0 && unreachableUntil.compareAndSet(until, now + RETRY_AFTER_NANOS);
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            response.getOutputStream().write(page);
        } else {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(PROBLEM_JSON.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The database could not be reached or dropped the connection. A {@link TransactionSystemException} is a commit
     * or rollback that could not be carried out (the ones PostgreSQL refuses for a reason, such as a serialisation
     * failure, arrive translated into other exceptions): the outcome is unknown, so the answer is "try again". When a
     * rollback fails on a dead connection, Spring keeps the original error aside; it is looked at too.
     */
    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransactionSystemException
                    || isConnectionState(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The server cannot be reached or is shutting down (SQLState class 08, 57P01..57P03), as opposed to a pool
     * that is merely busy, which must not turn away the requests that follow.
     */
    static boolean isConnectionFailure(Throwable failure) {
        return causes(failure).stream().anyMatch(DatabaseUnavailableFilter::isConnectionState);
    }

    private static boolean isConnectionState(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    /** The failure and its causes, with, after a failed rollback, the error Spring set aside and its causes. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = failure; t != null && all.size() < 32; t = t.getCause()) {
            all.add(t);
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                all.addAll(causes(rollback.getApplicationException()));
            }
        }
        return all;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
