package dev.praxis.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures become the friendly 503, with the exceptions PostgreSQL, Hikari and Spring really throw. */
class DatabaseFailureClassificationTests {

    private static final SQLException IO_ERROR = new SQLException("An I/O error occurred while sending to the backend.", "08006");

    @Test
    void aPoolThatCannotConnectIsUnavailable() {
        Exception failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001", IO_ERROR));
        assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(failure)).isTrue();
        assertThat(DatabaseUnavailableFilter.isConnectionFailure(failure)).isTrue();
    }

    @Test
    void aRollbackThatFailsOnADeadConnectionIsUnavailableThroughTheErrorItSetAside() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new RuntimeException("query failed", IO_ERROR));
        assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(rollback)).isTrue();
        assertThat(DatabaseUnavailableFilter.isConnectionFailure(rollback)).isTrue();
    }

    @Test
    void aCommitWhoseRollbackFoundHikarisClosedConnectionIsUnavailableWithoutOpeningTheWindow() {
        // as measured when PostgreSQL stopped: the commit error is only logged, and Hikari's exception has no SQLState
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(rollback)).isTrue();
        assertThat(DatabaseUnavailableFilter.isConnectionFailure(rollback)).isFalse();
    }

    @Test
    void aBusyPoolIsUnavailableButNotAConnectionFailure() {
        Exception failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
        assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(failure)).isTrue();
        assertThat(DatabaseUnavailableFilter.isConnectionFailure(failure)).isFalse();
    }

    @Test
    void aConstraintViolationIsNotAnOutage() {
        Exception failure = new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key", "23505"));
        assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(failure)).isFalse();
        assertThat(DatabaseUnavailableFilter.isConnectionFailure(failure)).isFalse();
    }
}
