package dev.praxis.system.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Listens to the changes that migration V13's triggers (or {@link #announce}) announce and moves the matching
 * {@link ChangeClock}, so that
 * every instance drops its in-memory copies within milliseconds of a commit made anywhere. It holds one connection of
 * its own, outside the pool, for LISTEN. While it has none (starting, database gone) its clocks hand out no stamps, so
 * the caches read through to the database, and every copy made before it listens again counts as stale.
 */
@Component
public class ChangeFeed implements SmartLifecycle {

    /** Session ids ({@code spring_session.session_id}) whose row or attributes changed or were deleted. */
    public static final String SESSIONS = "praxis_session";
    /** Ids of learners whose lesson page facts changed. */
    public static final String LEARNERS = "praxis_learner";
    /** Slugs of modules whose grading file was saved from the web (the rubric editor); no trigger, see {@link #announce}. */
    public static final String RUBRICS = "praxis_rubric";

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int WAIT_MILLIS = 500;
    private static final long CHECK_IDLE_CONNECTION_MILLIS = 10_000;
    private static final long MAX_RETRY_MILLIS = 2_000;

    private final JdbcConnectionDetails database;
    private final JdbcClient jdbc;
    private final Map<String, ChangeClock> clocks = Map.of(SESSIONS, new ChangeClock(), LEARNERS, new ChangeClock(),
            RUBRICS, new ChangeClock());
    private volatile boolean running;
    private Thread listener;

    public ChangeFeed(JdbcConnectionDetails database, JdbcClient jdbc) {
        this.database = database;
        this.jdbc = jdbc;
    }

    /**
     * Tells every instance that {@code key} changed, for a change no trigger sees (a file saved from the web): sends
     * the {@code NOTIFY} itself (on commit, when called inside a transaction) and moves this instance's clock at once.
     */
    public void announce(String channel, String key) {
        ChangeClock clock = clock(channel);
        jdbc.sql("select pg_notify(?, ?)").params(channel, key).query().singleValue();
        clock.changed(key);
    }

    public ChangeClock clock(String channel) {
        ChangeClock clock = clocks.get(channel);
        if (clock == null) {
            throw new IllegalArgumentException("No change channel " + channel + ": " + clocks.keySet());
        }
        return clock;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listenWhileRunning, "praxis-change-feed");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            listener.join(2 * WAIT_MILLIS + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenWhileRunning() {
        long retryMillis = 100;
        boolean lost = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(
                    database.getJdbcUrl(), database.getUsername(), database.getPassword())) {
                try (Statement statement = connection.createStatement()) {
                    for (String channel : clocks.keySet()) {
                        statement.execute("listen " + channel);
                    }
                }
                clocks.values().forEach(ChangeClock::listening);
                if (lost) {
                    log.info("Listening to database changes again; in-memory copies are used again");
                }
                lost = false;
                retryMillis = 100;
                deliver(connection);
            } catch (SQLException | RuntimeException e) {
                // whatever ends the listening, copies must not be trusted until it listens again
                clocks.values().forEach(ChangeClock::deaf);
                if (!lost && running) {
                    log.warn("Not listening to database changes ({}); sessions, pages and rubrics are not kept in"
                            + " memory until it answers again", e.getMessage());
                }
                lost = true;
                pause(retryMillis);
                retryMillis = Math.min(2 * retryMillis, MAX_RETRY_MILLIS);
            }
        }
        clocks.values().forEach(ChangeClock::deaf);
    }

    private void deliver(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long quietSince = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    clock(notification.getName()).changed(notification.getParameter());
                }
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince > CHECK_IDLE_CONNECTION_MILLIS) {
                // a silent connection may be a dead one (a server that vanished without closing it)
                if (!connection.isValid(2)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                quietSince = System.currentTimeMillis();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
