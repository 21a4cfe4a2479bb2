package dev.praxis.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where every request's form fields and query parameters are looked at before any feature sees them.
 * A NUL character (U+0000) has no business in any text a person types, and PostgreSQL cannot store it in text or
 * jsonb: such a request is answered 400 here, before the session or the database is touched. Other control
 * characters stay (a pasted terminal transcript has escape sequences); each form refuses what it cannot take.
 * <p>
 * Also answers a direct request for the error page ({@code GET /error}) with 404: there is no error to show.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBoundaryFilter extends OncePerRequestFilter {

    static final String NUL_MESSAGE = "The request contains a NUL character (U+0000), which no field accepts.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && (request.getContextPath() + "/error").equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (containsNul(request.getParameterMap())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, NUL_MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean containsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
