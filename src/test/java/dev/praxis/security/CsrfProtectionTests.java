package dev.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every state-changing endpoint refuses a signed-in browser's request that lacks the CSRF token. The endpoints
 * are enumerated from the handler mappings, so an endpoint added later is covered without touching this test.
 */
@IntegrationTest
class CsrfProtectionTests {

    private static final Set<RequestMethod> UNSAFE =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** Handled by Spring Security's filters, not by a controller, so no handler mapping lists them. */
    private static final List<Endpoint> SECURITY_FILTER_ENDPOINTS =
            List.of(new Endpoint("POST", "/login"), new Endpoint("POST", "/logout"));

    /**
     * APIs that authenticate with a bearer token instead of the session: exempt from CSRF, so they must refuse
     * a request that carries only the session cookie. Listed here explicitly; anything else needs the token.
     */
    private static final Set<Endpoint> TOKEN_AUTHENTICATED_APIS = Set.of(new Endpoint("POST", "/api/v1/inventory"));

    /**
     * Spring Boot's error page answers every method, but a browser never reaches it directly: the request boundary
     * answers a direct request for it with 404 before anything runs, so there is no state to change.
     */
    private static final String ERROR_PAGE = "/error";

    /** Endpoints that exist today; the enumeration must find them, so it can never silently test nothing. */
    private static final List<Endpoint> KNOWN = List.of(new Endpoint("POST", "/register"),
            new Endpoint("POST", "/admin/users/{id}/role"), new Endpoint("POST", "/login"),
            new Endpoint("POST", "/logout"));

    @Autowired
    MockMvc mvc;

    @Autowired
    Map<String, RequestMappingInfoHandlerMapping> handlerMappings;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        /** The pattern with every path variable and wildcard filled with {@code 1}. */
        URI concretePath() {
            return URI.create(pattern.replaceAll("\\{[^/]*}", "1").replace("**", "1").replace("*", "1"));
        }

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void theEnumerationFindsTheEndpointsKnownToday() {
        assertThat(handlerMappings).containsKey("requestMappingHandlerMapping");
        assertThat(unsafeEndpoints()).containsAll(KNOWN);
    }

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRejectsARequestWithoutCsrfToken() {
        // an admin can do the most, so a 403 cannot come from a missing role: only from the missing token
        PraxisUser admin = TestUsers.create(accounts, jdbc, "csrf-admin", Role.ADMIN);
        return unsafeEndpoints().stream().filter(endpoint -> !TOKEN_AUTHENTICATED_APIS.contains(endpoint))
                .filter(endpoint -> !endpoint.pattern().equals(ERROR_PAGE))
                .map(endpoint -> dynamicTest(endpoint.toString(), () -> {
                    HttpMethod method = HttpMethod.valueOf(endpoint.method());
                    int withoutToken = mvc.perform(request(method, endpoint.concretePath()).with(user(admin)))
                            .andReturn().getResponse().getStatus();
                    assertThat(withoutToken).as("%s without a CSRF token", endpoint).isEqualTo(403);
                    int withToken = mvc.perform(request(method, endpoint.concretePath()).with(user(admin)).with(csrf()))
                            .andReturn().getResponse().getStatus();
                    assertThat(withToken).as("%s with a CSRF token (an admin refused anyway means this test cannot"
                            + " tell the CSRF refusal from an authorization refusal)", endpoint).isNotEqualTo(403);
                }));
    }

    @TestFactory
    Stream<DynamicTest> theErrorPageAnswersNoDirectStateChangingRequest() {
        PraxisUser admin = TestUsers.create(accounts, jdbc, "csrf-error-admin", Role.ADMIN);
        return unsafeEndpoints().stream().filter(endpoint -> endpoint.pattern().equals(ERROR_PAGE))
                .map(endpoint -> dynamicTest(endpoint.toString(), () -> {
                    HttpMethod method = HttpMethod.valueOf(endpoint.method());
                    int status = mvc.perform(request(method, endpoint.concretePath()).with(user(admin)).with(csrf()))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as("%s sent directly", endpoint).isEqualTo(404);
                }));
    }

    @TestFactory
    Stream<DynamicTest> tokenAuthenticatedApisRefuseASessionAlone() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "csrf-learner", Role.LEARNER);
        Set<Endpoint> present = unsafeEndpoints();
        return TOKEN_AUTHENTICATED_APIS.stream().filter(present::contains)
                .map(endpoint -> dynamicTest(endpoint.toString(), () -> {
                    int status = mvc.perform(request(HttpMethod.valueOf(endpoint.method()), endpoint.concretePath())
                            .with(user(learner))).andReturn().getResponse().getStatus();
                    assertThat(status).as("%s with a session cookie and no bearer token", endpoint).isEqualTo(401);
                }));
    }

    /** Every handler method answering POST, PUT, PATCH or DELETE (a mapping without methods answers all). */
    private Set<Endpoint> unsafeEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>(SECURITY_FILTER_ENDPOINTS);
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings.values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Collection<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? UNSAFE : methods) {
                    if (UNSAFE.contains(method)) {
                        info.getPatternValues().forEach(pattern -> endpoints.add(new Endpoint(method.name(), pattern)));
                    }
                }
            }
        }
        return endpoints;
    }
}
