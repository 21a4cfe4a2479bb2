package dev.praxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/**
 * Uploads cannot grow without bound: per hour, per learner's stored bytes, and in rejected uploads kept. The shared
 * context allows a great many uploads (other tests upload thousands); these tests use a quota of their own on the
 * same database, as a second instance with other settings would.
 */
@IntegrationTest
class UploadQuotaTests {

    static final UploadQuota.Settings SMALL = new UploadQuota.Settings(DataSize.ofKilobytes(3), 3, 2);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    InventoryUploadRepository uploads;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UploadTokenService tokens;

    PraxisUser learner;
    InventoryService smallQuota;

    @BeforeEach
    void learnerWithASmallQuota() {
        learner = TestUsers.create(accounts, jdbc, "quota", Role.LEARNER);
        smallQuota = new InventoryService(uploads, events, new UploadQuota(SMALL, dataSource));
    }

    @Test
    void theFourthUploadInAnHourIsRefusedWithTheWait() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> smallQuota.upload(learner.id(), "paste", null, bytes("not an inventory")))
                    .isInstanceOf(InventoryService.UploadRejectedException.class);
        }
        assertThatThrownBy(() -> smallQuota.upload(learner.id(), "paste", null, bytes("not an inventory")))
                .isInstanceOf(UploadQuota.UploadRateLimitedException.class)
                .hasMessageContaining("uploaded 3 times in the last hour").hasMessageContaining("Try again in");
    }

    @Test
    void theApiAnswers429WithRetryAfterOnceTheHourIsUsedUp() throws Exception {
        String token = tokens.create(learner.id(), "agent");
        // this instance's small bucket is the one stored for the learner, so the platform's instance reads it too
        UploadQuota small = new UploadQuota(SMALL, dataSource);
        for (int i = 0; i < 3; i++) {
            small.take(learner.id());
        }
        mvc.perform(post("/api/v1/inventory").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType("text/plain").content("uname -a"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Try again in")));
    }

    @Test
    void theUploadPageSaysSoInsteadOfStoringTheUpload() throws Exception {
        UploadQuota small = new UploadQuota(SMALL, dataSource);
        for (int i = 0; i < 3; i++) {
            small.take(learner.id());
        }
        mvc.perform(post("/inventory/uploads").with(user(learner)).with(csrf()).param("paste", "uname -a"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("uploadError", Matchers.containsString("in the last hour")));
        assertThat(jdbc.sql("select count(*) from inventory_upload where user_id = :id").param("id", learner.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void storesNoMoreThanTheLearnersQuotaOfBytes() {
        assertThatThrownBy(() -> smallQuota.upload(learner.id(), "paste", null, bytes("x".repeat(2000))))
                .isInstanceOf(InventoryService.UploadRejectedException.class);
        assertThatThrownBy(() -> smallQuota.upload(learner.id(), "paste", null, bytes("y".repeat(2000))))
                .isInstanceOf(UploadQuota.UploadQuotaExceededException.class)
                .hasMessageContaining("of the 3 KB Praxis keeps per learner");
    }

    @Test
    void keepsOnlyTheLatestRejectedUploads() {
        for (String text : List.of("first", "second", "third")) {
            assertThatThrownBy(() -> smallQuota.upload(learner.id(), "paste", null, bytes(text)))
                    .isInstanceOf(InventoryService.UploadRejectedException.class);
        }
        List<String> kept = jdbc.sql("""
                        select convert_from(raw, 'UTF8') from inventory_upload where user_id = :id order by id
                        """)
                .param("id", learner.id()).query(String.class).list();
        assertThat(kept).containsExactly("second", "third");
    }

    @Test
    void rejectedUploadsArrivingAtOnceArePrunedWithoutADeadlock() throws Exception {
        InventoryService roomy = new InventoryService(uploads, events,
                new UploadQuota(new UploadQuota.Settings(DataSize.ofMegabytes(10), 1000, 2), dataSource));
        ExecutorService learnersTabs = Executors.newFixedThreadPool(6);
        try {
            List<Future<Throwable>> answers = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                byte[] unreadable = bytes("not an inventory " + i);
                answers.add(learnersTabs.submit(() -> {
                    try {
                        roomy.upload(learner.id(), "paste", null, unreadable);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            for (Future<Throwable> answer : answers) {
                assertThat(answer.get()).isInstanceOf(InventoryService.UploadRejectedException.class);
            }
        } finally {
            learnersTabs.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from inventory_upload where user_id = :id and status = 'rejected'")
                .param("id", learner.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anAgentJsonWithANulIsReadWithoutItAndSaysSo() throws Exception {
        String token = tokens.create(learner.id(), "agent");
        String json = new String(getClass().getResourceAsStream("/inventory/fixtures/agent-this-vm.json")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\"Debian GNU/Linux 12\"", "\"Debian\\u0000 12\"");
        mvc.perform(post("/api/v1/inventory").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType("application/json").content(json))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select status from inventory_upload where user_id = :id").param("id", learner.id())
                .query(String.class).list()).containsExactly("parsed");
        assertThat(jdbc.sql("select normalized::text from inventory_upload where user_id = :id")
                .param("id", learner.id()).query(String.class).single())
                .contains("\"Debian 12\"").contains("control characters (such as \\\\u0000) dropped");
    }

    @Test
    void findsOnlyUnescapedNulsInJsonText() {
        assertThat(InventoryService.containsNul("{\"a\":\"x\\u0000\"}")).isTrue();
        assertThat(InventoryService.containsNul("{\"a\":\"x\\\\u0000\"}")).isFalse();
        assertThat(InventoryService.containsNul("{\"a\":\"x\\\\\\u0000\"}")).isTrue();
        assertThat(InventoryService.containsNul("{\"a\":\"x\"}")).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
