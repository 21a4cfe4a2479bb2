package dev.praxis.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What PostgreSQL refused to store is the request's fault, not the server's: a value it cannot hold (SQLState class
 * 22: too long, out of range, an untranslatable character) is a 400, a row that conflicts with another (class 23:
 * already there, or gone meanwhile) a 409. Forms check their fields first; this is the net under them, logged so
 * that a form missing a check is noticed.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DataRejectedAdvice {

    private static final Logger log = LoggerFactory.getLogger(DataRejectedAdvice.class);

    @ExceptionHandler(DataIntegrityViolationException.class)
    void rejected(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String state = sqlState(e);
        int status = state != null && state.startsWith("23") ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST;
        log.warn("{} {} answered {}: the database refused the data (SQLState {}): {}", request.getMethod(),
                request.getRequestURI(), status, state, e.getMostSpecificCause().getMessage());
        response.sendError(status);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
