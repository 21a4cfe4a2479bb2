package dev.praxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The inventory pages: upload by paste or file, the upload detail and raw download, comparison, isolation. */
@IntegrationTest
@DisplayName("Inventory pages")
class InventoryPageTests {

    private static final String NOT_AN_INVENTORY = "<b>hello</b> this is not the commands' output & never was\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    PraxisUser learner;
    /** The Spring Session cookie, so flash messages reach the page after the redirect as in a browser. */
    Cookie session;

    @BeforeEach
    void createLearner() {
        learner = TestUsers.create(accounts, jdbc, "page-learner", Role.LEARNER);
        session = null;
    }

    @Nested
    @DisplayName("uploading")
    class Uploading {

        @Test
        void aPastedTranscriptIsReadAndShownOnTheInventoryPage() throws Exception {
            String paste = new String(InventoryFixtures.bytes("ubuntu-desktop-one-nvidia.transcript.txt"),
                    StandardCharsets.UTF_8);
            MockHttpServletResponse response = perform(post("/inventory/uploads").param("paste", paste));
            assertThat(response.getRedirectedUrl()).isEqualTo("/inventory");

            Document page = page("/inventory");
            assertThat(page.selectFirst(".notice--success").text()).isEqualTo("Inventory uploaded and read.");
            long id = latestUpload(learner);
            assertThat(page.select("a[href=/inventory/uploads/" + id + "]")).isNotEmpty();
            assertThat(storedRaw(id)).isEqualTo(paste.getBytes(StandardCharsets.UTF_8));
        }

        @Test
        void aFileIsReadAndItsNameKept() throws Exception {
            byte[] agentJson = InventoryFixtures.bytes("agent-this-vm.json");
            MockHttpServletResponse response = perform(multipart("/inventory/uploads")
                    .file(new MockMultipartFile("file", "C:\\Users\\me\\praxis-inventory.json", "application/json", agentJson)));
            assertThat(response.getRedirectedUrl()).isEqualTo("/inventory");
            long id = latestUpload(learner);
            assertThat(jdbc.sql("select filename, channel, status from inventory_upload where id = :id").param("id", id)
                    .query().singleRow()).containsEntry("filename", "praxis-inventory.json").containsEntry("channel", "file")
                    .containsEntry("status", "parsed");
            assertThat(storedRaw(id)).isEqualTo(agentJson);
        }

        @Test
        void aRejectedPasteShowsTheReasonAndKeepsThePastedText() throws Exception {
            assertThat(perform(post("/inventory/uploads").param("paste", NOT_AN_INVENTORY)
                    .param("returnTo", "/inventory#step-3")).getRedirectedUrl())
                    .as("back at the paste form, not at the top of the page").isEqualTo("/inventory#upload-paste");
            Document page = page("/inventory");
            assertThat(page.selectFirst(".upload-ways [role=alert]").text()).isNotBlank();
            assertThat(page.selectFirst("#paste").wholeText()).isEqualTo(NOT_AN_INVENTORY);
            assertThat(page.selectFirst("#upload-paste #paste-error").text()).as("the message next to the field")
                    .isEqualTo(page.selectFirst(".upload-ways [role=alert]").text());
            assertThat(page.selectFirst("#paste").attr("aria-describedby")).isEqualTo("paste-error");
            assertThat(page.selectFirst("#paste").attr("aria-invalid")).isEqualTo("true");
            long id = latestUpload(learner);
            assertThat(storedRaw(id)).as("stored verbatim although rejected")
                    .isEqualTo(NOT_AN_INVENTORY.getBytes(StandardCharsets.UTF_8));
        }

        @Test
        void neitherFileNorPasteAsksForOne() throws Exception {
            perform(post("/inventory/uploads").param("paste", "   "));
            assertThat(page("/inventory").selectFirst(".upload-ways [role=alert]").text())
                    .contains("paste the commands' output");
        }

        @Test
        void aFileAndAPasteTogetherAreRefused() throws Exception {
            perform(multipart("/inventory/uploads").file(new MockMultipartFile("file", "a.txt", "text/plain",
                    InventoryFixtures.bytes("single-df.transcript.txt"))).param("paste", "also this"));
            Document page = page("/inventory");
            assertThat(page.selectFirst(".upload-ways [role=alert]").text()).contains("not both");
            assertThat(page.selectFirst("#paste").wholeText()).isEqualTo("also this");
        }

        @Test
        void theReturnAddressNeverLeavesThePlatform() throws Exception {
            String paste = new String(InventoryFixtures.bytes("single-df.transcript.txt"), StandardCharsets.UTF_8);
            for (String returnTo : new String[] {"//evil.example/x", "/\\evil.example/x", "https://evil.example/"}) {
                assertThat(perform(post("/inventory/uploads").param("paste", paste).param("returnTo", returnTo))
                        .getRedirectedUrl()).as("returnTo %s", returnTo).isEqualTo("/inventory");
            }
            assertThat(perform(post("/inventory/uploads").param("paste", paste).param("returnTo", "/labs/x"))
                    .getRedirectedUrl()).isEqualTo("/labs/x");
        }
    }

    @Nested
    @DisplayName("an upload")
    class OneUpload {

        @Test
        void theDetailPageShowsStatusAndTheRawTextEscaped() throws Exception {
            perform(post("/inventory/uploads").param("paste", NOT_AN_INVENTORY));
            long id = latestUpload(learner);
            MockHttpServletResponse response = perform(get("/inventory/uploads/" + id));
            assertThat(response.getContentAsString()).doesNotContain("<b>hello</b>").contains("&lt;b&gt;hello&lt;/b&gt;");
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.selectFirst("main .badge").text()).isEqualTo("rejected");
            assertThat(page.selectFirst("main .notice--error").text()).isNotBlank();
            assertThat(page.selectFirst("pre.raw-upload").wholeText()).isEqualTo(NOT_AN_INVENTORY);
        }

        @Test
        void theRawDownloadIsAnAttachmentThatBrowsersMayNotSniff() throws Exception {
            byte[] transcript = InventoryFixtures.bytes("german-locale.transcript.txt");
            perform(post("/inventory/uploads").param("paste", new String(transcript, StandardCharsets.UTF_8)));
            long id = latestUpload(learner);
            MockHttpServletResponse raw = perform(get("/inventory/uploads/" + id + "/raw"));
            assertThat(raw.getStatus()).isEqualTo(200);
            assertThat(raw.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                    .contains("inventory-upload-" + id + ".txt");
            assertThat(raw.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(raw.getContentType()).startsWith("text/plain");
            assertThat(raw.getContentAsByteArray()).isEqualTo(transcript);
        }

        @Test
        void comparingTwoUploadsShowsWhatChanged() throws Exception {
            long before = pasted("ubuntu-desktop-one-nvidia.transcript.txt");
            long after = pasted("ubuntu-two-nvidia.transcript.txt");
            Document page = page("/inventory/compare?from=" + before + "&to=" + after);
            assertThat(page.selectFirst("h1").text()).isEqualTo("What changed between two uploads");
            assertThat(page.select("tbody tr")).isNotEmpty();
        }

        @Test
        void comparingAnUploadWithItselfShowsNothingChanged() throws Exception {
            long upload = pasted("single-df.transcript.txt");
            assertThat(page("/inventory/compare?from=" + upload + "&to=" + upload).selectFirst("main .notice").text())
                    .isEqualTo("Nothing changed.");
        }

        @Test
        void aRejectedUploadCannotBeCompared() throws Exception {
            long parsed = pasted("single-df.transcript.txt");
            perform(post("/inventory/uploads").param("paste", NOT_AN_INVENTORY));
            long rejected = latestUpload(learner);
            assertThat(perform(get("/inventory/compare?from=" + parsed + "&to=" + rejected)).getStatus()).isEqualTo(404);
        }

        @Test
        void aNonNumericIdIsABadRequestNotAServerError() throws Exception {
            assertThat(perform(get("/inventory/uploads/latest")).getStatus()).isEqualTo(400);
            assertThat(perform(get("/inventory/compare?from=a&to=b")).getStatus()).isEqualTo(400);
        }
    }

    @Nested
    @DisplayName("another learner")
    class AnotherLearner {

        @Test
        void seesNoneOfTheFirstLearnersUploads() throws Exception {
            long mine = pasted("single-df.transcript.txt");
            long other = pasted("kvm-2vcpu-no-gpu.transcript.txt");
            PraxisUser stranger = TestUsers.create(accounts, jdbc, "page-stranger", Role.LEARNER);
            for (String path : new String[] {"/inventory/uploads/" + mine, "/inventory/uploads/" + mine + "/raw",
                    "/inventory/compare?from=" + mine + "&to=" + other}) {
                assertThat(mvc.perform(get(path).with(user(stranger))).andReturn().getResponse().getStatus())
                        .as("%s for another learner", path).isEqualTo(404);
            }
            String page = mvc.perform(get("/inventory").with(user(stranger))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).doesNotContain("/inventory/uploads/" + mine).doesNotContain("/inventory/uploads/" + other);
        }
    }

    private long pasted(String fixture) throws Exception {
        perform(post("/inventory/uploads").param("paste",
                new String(InventoryFixtures.bytes(fixture), StandardCharsets.UTF_8)));
        return latestUpload(learner);
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.with(user(learner)).with(csrf());
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getCookie("SESSION") != null) {
            session = response.getCookie("SESSION");
        }
        return response;
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = perform(get(path));
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private long latestUpload(PraxisUser who) {
        return jdbc.sql("select max(id) from inventory_upload where user_id = :id").param("id", who.id())
                .query(Long.class).single();
    }

    private byte[] storedRaw(long id) {
        return jdbc.sql("select raw from inventory_upload where id = :id").param("id", id).query(byte[].class).single();
    }
}
