package dev.praxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.inventory.core.InventoryReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/inventory}: the agent's upload with a bearer token, and every way it can be refused. */
@IntegrationTest
@DisplayName("Inventory upload API")
class InventoryApiTests {

    private static final String API = "/api/v1/inventory";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UploadTokenService tokens;

    @Autowired
    InventoryService inventories;

    @Autowired
    JsonMapper json;

    PraxisUser learner;
    String token;

    @BeforeEach
    void createLearnerWithToken() {
        learner = TestUsers.create(accounts, jdbc, "api-learner", Role.LEARNER);
        token = tokens.create(learner.id(), "test agent");
    }

    @Nested
    @DisplayName("accepted uploads")
    class Accepted {

        @Test
        void aTranscriptWithAValidTokenIsStoredParsedAndAnswered201() throws Exception {
            byte[] transcript = InventoryFixtures.bytes("ubuntu-desktop-one-nvidia.transcript.txt");
            MockHttpServletResponse response = upload(token, MediaType.TEXT_PLAIN_VALUE, transcript);

            assertThat(response.getStatus()).isEqualTo(201);
            JsonNode body = json.readTree(response.getContentAsString());
            long id = body.get("id").asLong();
            assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/inventory/uploads/" + id);
            assertThat(body.get("status").asString()).isEqualTo("parsed");
            assertThat(body.get("parserVersion").asString()).isEqualTo(InventoryReader.PARSER_VERSION);
            assertThat(body.get("inventory").isObject()).isTrue();
            assertThat(storedRaw(id)).isEqualTo(transcript);
            assertThat(owner(id)).isEqualTo(learner.id());
        }

        @Test
        void theAgentsJsonIsAcceptedAsApplicationJson() throws Exception {
            MockHttpServletResponse response = upload(token, "application/json; charset=utf-8",
                    InventoryFixtures.bytes("agent-this-vm.json"));
            assertThat(response.getStatus()).isEqualTo(201);
        }

        @Test
        void usingATokenRecordsWhenItWasLastUsed() throws Exception {
            upload(token, MediaType.TEXT_PLAIN_VALUE, InventoryFixtures.bytes("single-df.transcript.txt"));
            assertThat(tokens.list(learner.id())).singleElement()
                    .satisfies(listed -> assertThat(listed.lastUsedAt()).isNotNull());
        }
    }

    @Nested
    @DisplayName("refused callers")
    class Unauthorized {

        @Test
        void aRevokedTokenIsRefusedAndNothingStored() throws Exception {
            tokens.revoke(learner.id(), tokens.list(learner.id()).get(0).id());
            assertUnauthorized(upload(token, MediaType.TEXT_PLAIN_VALUE, InventoryFixtures.bytes("single-df.transcript.txt")));
            assertThat(uploadsOf(learner)).isZero();
        }

        @Test
        void anUnknownTokenIsRefused() throws Exception {
            assertUnauthorized(upload("pxu_" + "A".repeat(43), MediaType.TEXT_PLAIN_VALUE, "x".getBytes()));
        }

        @Test
        void aMissingAuthorizationHeaderIsRefused() throws Exception {
            assertUnauthorized(mvc.perform(post(API).contentType(MediaType.TEXT_PLAIN).content("x"))
                    .andReturn().getResponse());
        }

        @Test
        void aSignedInSessionAloneIsRefused() throws Exception {
            assertUnauthorized(mvc.perform(post(API).with(user(learner)).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                    .content(InventoryFixtures.bytes("single-df.transcript.txt"))).andReturn().getResponse());
            assertThat(uploadsOf(learner)).isZero();
        }

        private void assertUnauthorized(MockHttpServletResponse response) throws Exception {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
            assertThat(detail(response)).contains("upload token");
        }
    }

    @Nested
    @DisplayName("refused bodies")
    class Refused {

        @Test
        void anUploadOverOneMegabyteIsRefusedWith413() throws Exception {
            byte[] big = new byte[InventoryService.MAX_UPLOAD_BYTES + 1];
            Arrays.fill(big, (byte) 'a');
            MockHttpServletResponse response = upload(token, MediaType.TEXT_PLAIN_VALUE, big);
            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(detail(response)).contains("larger than 1 MB");
        }

        @Test
        void anUploadOfExactlyOneMegabyteIsRead() throws Exception {
            byte[] limit = new byte[InventoryService.MAX_UPLOAD_BYTES];
            Arrays.fill(limit, (byte) 'a');
            assertThat(upload(token, MediaType.TEXT_PLAIN_VALUE, limit).getStatus()).isEqualTo(422);
        }

        @Test
        void aWrongContentTypeIsRefusedWith415() throws Exception {
            MockHttpServletResponse response = upload(token, MediaType.IMAGE_PNG_VALUE, new byte[] {1, 2, 3});
            assertThat(response.getStatus()).isEqualTo(415);
            assertThat(detail(response)).contains("application/json").contains("text/plain");
            assertThat(uploadsOf(learner)).isZero();
        }

        @Test
        void aMissingContentTypeIsRefusedWith415() throws Exception {
            MockHttpServletResponse response = mvc.perform(post(API).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .content("x")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(415);
        }

        @Test
        void aMalformedContentTypeIsRefusedWith415() throws Exception {
            MockHttpServletResponse response = mvc.perform(post(API).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.CONTENT_TYPE, "not a media type;;").content("x")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(415);
        }

        @Test
        void garbageIsRefusedWith422NamingSectionAndLineAndIsStoredVerbatim() throws Exception {
            byte[] garbage = "Filesystem      Size  Used Avail Use% Mounted on\nthis is not df output at all\n"
                    .getBytes(StandardCharsets.UTF_8);
            MockHttpServletResponse response = upload(token, MediaType.TEXT_PLAIN_VALUE, garbage);

            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = json.readTree(response.getContentAsString());
            assertThat(problem.get("detail").asString()).isNotBlank();
            assertThat(problem.get("section").asString()).isNotBlank();
            assertThat(problem.get("line").asInt()).isPositive();
            assertThat(problem.get("expected").asString()).isNotBlank();
            long id = problem.get("uploadId").asLong();
            assertThat(storedRaw(id)).isEqualTo(garbage);
            assertThat(jdbc.sql("select status, error from inventory_upload where id = :id").param("id", id).query()
                    .singleRow()).containsEntry("status", "rejected").containsEntry("error", problem.get("detail").asString());
        }

        @Test
        void anEmptyBodyIsRefusedWith422() throws Exception {
            MockHttpServletResponse response = upload(token, MediaType.TEXT_PLAIN_VALUE, new byte[0]);
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(detail(response)).contains("empty");
        }
    }

    @Test
    void uploadsReadByAnOlderParserAreReadAgain() throws Exception {
        MockHttpServletResponse response = upload(token, MediaType.TEXT_PLAIN_VALUE,
                InventoryFixtures.bytes("kvm-2vcpu-no-gpu.transcript.txt"));
        long id = json.readTree(response.getContentAsString()).get("id").asLong();
        String normalized = jdbc.sql("select normalized::text from inventory_upload where id = :id").param("id", id)
                .query(String.class).single();
        jdbc.sql("""
                update inventory_upload set parser_version = '0.0.1', status = 'rejected', normalized = null,
                       error = 'an older parser could not read this' where id = :id
                """).param("id", id).update();

        assertThat(inventories.reparseOlderUploads()).isPositive();

        Map<String, Object> row = jdbc.sql("""
                select status, parser_version, normalized::text as normalized, error from inventory_upload where id = :id
                """).param("id", id).query().singleRow();
        assertThat(row).containsEntry("status", "parsed").containsEntry("parser_version", InventoryReader.PARSER_VERSION)
                .containsEntry("normalized", normalized).containsEntry("error", null);
    }

    private MockHttpServletResponse upload(String bearer, String contentType, byte[] body) throws Exception {
        MockHttpServletRequestBuilder request = post(API).header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .header(HttpHeaders.CONTENT_TYPE, contentType).content(body);
        return mvc.perform(request).andReturn().getResponse();
    }

    private String detail(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString()).get("detail").asString();
    }

    private byte[] storedRaw(long id) {
        return jdbc.sql("select raw from inventory_upload where id = :id").param("id", id).query(byte[].class).single();
    }

    private long owner(long id) {
        return jdbc.sql("select user_id from inventory_upload where id = :id").param("id", id).query(Long.class).single();
    }

    private int uploadsOf(PraxisUser who) {
        return jdbc.sql("select count(*) from inventory_upload where user_id = :id").param("id", who.id())
                .query(Integer.class).single();
    }
}
