package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.inventory.InventoryService;
import dev.praxis.inventory.InventoryUpload;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class LabPageTests {

    static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    InventoryService inventories;

    @Autowired
    JdbcClient jdbc;

    PraxisUser learner;
    PraxisUser other;

    @BeforeEach
    void createLearners() {
        learner = TestUsers.create(accounts, jdbc, "lab-learner", Role.LEARNER);
        other = TestUsers.create(accounts, jdbc, "lab-other", Role.LEARNER);
    }

    private MockHttpServletRequestBuilder save(PraxisUser who) {
        return post("/lab/work").with(user(who)).with(csrf()).param("module", SLUG);
    }

    private InventoryUpload upload(PraxisUser who, String fixture) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("src/test/resources/inventory/fixtures", fixture));
        return inventories.upload(who.id(), "paste", null, raw);
    }

    @Test
    void showsEveryStepAndAllThirtyThreeChecklistItems() throws Exception {
        mvc.perform(get("/lab/" + SLUG + "/").with(user(learner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"step-7\"")))
                .andExpect(content().string(Matchers.containsString("Success criteria")))
                .andExpect(content().string(Matchers.containsString("0 of 33")));
    }

    @Test
    void autosaveStoresTheWorkAndAnswersWithFreshVerdicts() throws Exception {
        upload(learner, "kvm-2vcpu-no-gpu.transcript.txt");
        mvc.perform(save(learner).header(LabController.AUTOSAVE_HEADER, "1")
                        .param("workload", "For the next four months I will build API-first applications with "
                                + "notebooks and embeddings and retrieval experiments, mostly calling hosted models.")
                        .param("archetype", "cloud-first")
                        .param("archetypeReason", "This VM has no GPU and I rent GPUs for rare heavy jobs."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(33))
                .andExpect(jsonPath("$.verdicts[0].verdict").value("pass"))
                .andExpect(jsonPath("$.verdicts[0].evidence", Matchers.containsString("workload")));

        Integer stored = jdbc.sql("select count(*) from lab_verdict where user_id = :id and module_slug = :slug")
                .param("id", learner.id()).param("slug", SLUG).query(Integer.class).single();
        assertThat(stored).isEqualTo(33);
        mvc.perform(get("/lab/" + SLUG + "/").with(user(learner)))
                .andExpect(content().string(Matchers.containsString("mostly calling hosted models")));
    }

    @Test
    void aPlainFormPostSavesAndReturnsToTheStep() throws Exception {
        mvc.perform(save(learner).param("step", "6").param("plan.now", "Keep the laptop; if RAM use passes 90% twice, add RAM."))
                .andExpect(redirectedUrl("/lab/" + SLUG + "/#step-6"));
        mvc.perform(get("/lab/" + SLUG + "/").with(user(learner)))
                .andExpect(content().string(Matchers.containsString("if RAM use passes 90% twice")));
    }

    @Test
    void anInventoryUploadRevalidatesTheChecklist() throws Exception {
        mvc.perform(save(learner).header(LabController.AUTOSAVE_HEADER, "1").param("unknowns", "GPU model and VRAM are unknown"))
                .andExpect(status().isOk());
        String before = jdbc.sql("select evidence from lab_verdict where user_id = :id and step = '3' and item_index = 1")
                .param("id", learner.id()).query(String.class).single();

        upload(learner, "ubuntu-desktop-one-nvidia.transcript.txt");

        String after = jdbc.sql("select evidence from lab_verdict where user_id = :id and step = '3' and item_index = 1")
                .param("id", learner.id()).query(String.class).single();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aLearnerCannotCheckTheirLabAgainstAnotherLearnersUpload() throws Exception {
        InventoryUpload foreign = upload(other, "kvm-2vcpu-no-gpu.transcript.txt");
        mvc.perform(save(learner).param("uploadId", String.valueOf(foreign.id())))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachLearnerSeesOnlyTheirOwnWork() throws Exception {
        mvc.perform(save(learner).param("recommendation", "A private recommendation only I should see."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/lab/" + SLUG + "/").with(user(other)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("A private recommendation"))));
        mvc.perform(get("/labs/report.md").param("module", SLUG).with(user(other)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("A private recommendation"))));
    }

    @Test
    void theReportHasTheAnswersTheVerdictsAndTheDateInMarkdownAndPrintableForm() throws Exception {
        upload(learner, "kvm-2vcpu-no-gpu.transcript.txt");
        mvc.perform(save(learner).param("recommendation", "Stay cloud-first <script>alert(1)</script> for now."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/labs/report.md").param("module", SLUG).with(user(learner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("lab-report.md")))
                .andExpect(content().string(Matchers.containsString("# Lab report: Home AI Workstation Fundamentals")))
                .andExpect(content().string(Matchers.containsString("| Step | Item | Verdict | Evidence |")))
                .andExpect(content().string(Matchers.containsString("- CPU: AMD EPYC")))
                .andExpect(content().string(Matchers.containsString("Generated: ")));
        mvc.perform(get("/labs/report").param("module", SLUG).with(user(learner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Stay cloud-first &lt;script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)</script>"))));
    }

    @Test
    void refusesAnAnswerLongerThanTheLimitWithAClearMessage() throws Exception {
        mvc.perform(save(learner).header(LabController.AUTOSAVE_HEADER, "1").param("workload", "x".repeat(LabForm.MAX_FIELD + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", Matchers.containsString("longer than")));
    }

    private MockHttpServletRequestBuilder summary(MockHttpServletRequestBuilder request) {
        return request.param("workload", "For the next 4 months I will run local coding models with Ollama and a"
                        + " small RAG experiment.")
                .param("summary.firstBottleneck", "VRAM")
                .param("summary.evidence", "nvidia-smi shows 12288 MiB")
                .param("summary.secondBottleneck", "RAM");
    }

    @Test
    void beforeTheSummaryIsCommittedThePageShowsRawFactsButWithholdsTheDiagnosis() throws Exception {
        upload(learner, "ubuntu-desktop-one-nvidia.transcript.txt");
        mvc.perform(summary(save(learner))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/lab/" + SLUG + "/").with(user(learner)))
                .andExpect(content().string(Matchers.containsString("Your machine&#39;s raw facts")))
                .andExpect(content().string(Matchers.containsString("/: 91% used")))
                .andExpect(content().string(Matchers.containsString("Commit my summary and compare")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("What your inventory suggests"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Likely first bottleneck: storage"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("so storage comes first"))));
        String evidence = jdbc.sql("select evidence from lab_verdict where user_id = :id and step = '4' and item_index = 1")
                .param("id", learner.id()).query(String.class).single();
        assertThat(evidence).contains("Commit your constraint summary");
    }

    @Test
    void aSummaryCannotBeCommittedBeforeItsBottlenecksAndEvidenceAreWritten() throws Exception {
        upload(learner, "ubuntu-desktop-one-nvidia.transcript.txt");
        mvc.perform(save(learner).param("commitSummary", "true").param("summary.firstBottleneck", "VRAM"))
                .andExpect(redirectedUrl("/lab/" + SLUG + "/#step-4"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("labError", Matchers.containsString("before you commit")));
        Integer committed = jdbc.sql("select count(*) from lab_work where user_id = :id and summary_committed_at is not null")
                .param("id", learner.id()).query(Integer.class).single();
        assertThat(committed).isZero();
    }

    @Test
    void committingTheSummaryReleasesTheDiagnosisNextToTheCommittedWords() throws Exception {
        upload(learner, "ubuntu-desktop-one-nvidia.transcript.txt");
        mvc.perform(summary(save(learner)).param("commitSummary", "true"))
                .andExpect(redirectedUrl("/lab/" + SLUG + "/#step-4"));
        mvc.perform(get("/lab/" + SLUG + "/").with(user(learner)))
                .andExpect(content().string(Matchers.containsString("Your summary as committed")))
                .andExpect(content().string(Matchers.containsString("What your inventory suggests")))
                .andExpect(content().string(Matchers.containsString("Likely first bottleneck: storage")))
                .andExpect(content().string(Matchers.containsString("Which local models fit")));
        String evidence = jdbc.sql("select evidence from lab_verdict where user_id = :id and step = '4' and item_index = 1")
                .param("id", learner.id()).query(String.class).single();
        assertThat(evidence).contains("so storage comes first");

        mvc.perform(summary(save(learner)).param("summary.firstBottleneck", "storage").param("commitSummary", "true"))
                .andExpect(status().is3xxRedirection());
        String kept = jdbc.sql("select committed_summary ->> 'firstBottleneck' from lab_work where user_id = :id")
                .param("id", learner.id()).query(String.class).single();
        assertThat(kept).isEqualTo("VRAM");
    }

    @Test
    void aModuleWithoutALabIs404() throws Exception {
        mvc.perform(get("/lab/ai-ml-engineering/prerequisites/").with(user(learner))).andExpect(status().isNotFound());
    }
}
