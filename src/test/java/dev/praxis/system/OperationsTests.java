package dev.praxis.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OperationsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void livenessAndReadinessAreUpAndReadinessIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness").with(user("ops").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void prometheusMetricsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user("learner").roles("LEARNER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user("ops").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-eval"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theHomePageLinksToTheCatalogAndUsesNoInlineScriptOrCdn() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/catalog\"")))
                .andExpect(content().string(Matchers.not(Matchers.matchesPattern("(?s).*<script>.*"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("https://"))));
    }
}
