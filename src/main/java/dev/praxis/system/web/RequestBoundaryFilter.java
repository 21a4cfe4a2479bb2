package dev.praxis.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where every request's form fields and query parameters pass before any feature sees them. A NUL
 * character (U+0000) has no business in any text a person types (it comes with a paste from a binary file), and
 * PostgreSQL cannot store it in text or jsonb: it is dropped from every parameter name and value here, so no feature
 * has to remember it. Other control characters stay (a pasted terminal transcript has escape sequences); each form
 * refuses what it cannot take.
 * <p>
 * Also answers a direct request for the error page ({@code GET /error}) with 404: there is no error to show.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBoundaryFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && (request.getContextPath() + "/error").equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(containsNul(request.getParameterMap()) ? new WithoutNul(request) : request, response);
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

    /** The request with NUL removed from its parameters' names and values. */
    private static final class WithoutNul extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutNul(HttpServletRequest request) {
            super(request);
            Map<String, String[]> clean = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                String[] cleanValues = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    cleanValues[i] = values[i] == null ? null : values[i].replace("\0", "");
                }
                clean.merge(name.replace("\0", ""), cleanValues, (a, b) -> concat(a, b));
            });
            this.parameters = Collections.unmodifiableMap(clean);
        }

        private static String[] concat(String[] first, String[] second) {
            String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
