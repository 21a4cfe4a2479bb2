package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A module without a grading file: the quiz says it is self-assessed, the learner judges each answer against the
 * model answer, and those judgements decide the score and the pass. The content tree is the course's own (so its
 * pages, and the search index built from them, stay the same for the other tests) plus one tiny module.
 */
@IntegrationTest
class QuizSelfAssessmentFallbackTests {

    private static final Path CONTENT = Path.of("target", "quiz-fallback-content");
    private static final String SLUG = "praxis-tests/quiz-without-rubric";
    private static final String MODULE = """
            ---
            title: "A quiz without a grading file"
            ---

            ## Quiz

            **Q1.** Why does Praxis keep every raw upload?

            <details>
            <summary>Answer</summary>

            So that a later parser can read old uploads again.

            </details>

            **Q2.** How much does a partly correct answer count?

            <details>
            <summary>Answer</summary>

            Half of a correct one.

            </details>
            """;

    @DynamicPropertySource
    static void contentWithAModuleWithoutGradingFile(DynamicPropertyRegistry registry) throws IOException {
        deleteTree(CONTENT);
        copyTree(Path.of("content"), CONTENT);
        Files.createDirectories(CONTENT.resolve("praxis-tests"));
        Files.writeString(CONTENT.resolve(SLUG + ".md"), MODULE);
        registry.add("praxis.content.dir", CONTENT::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    PraxisUser learner;

    @BeforeEach
    void createLearner() {
        learner = TestUsers.create(accounts, jdbc, "self-assessor", Role.LEARNER);
    }

    @Test
    void theQuizPageSaysItIsSelfAssessed() throws Exception {
        Document page = page("/quiz/" + SLUG + "/");
        assertThat(page.selectFirst("main .notice--warn").text()).startsWith("Self-assessed quiz.");
        assertThat(page.select("textarea[name=answer]")).hasSize(2);
    }

    @Test
    void theFeedbackShowsTheModelAnswersToJudgeAgainst() throws Exception {
        long attempt = submit("To read them again later, with a better parser.", "Half.");
        Document page = page("/quiz/attempts/" + attempt);
        assertThat(page.selectFirst(".card[role=status] .notice--warn").text()).startsWith("Self-assessed.");
        assertThat(page.select(".answer-feedback h2 .badge").eachText()).containsOnly("to self-assess");
        assertThat(page.select(".answer-feedback__model[open]")).as("model answers open").hasSize(2);
        assertThat(page.select(".answer-feedback__model .prose").eachText())
                .containsExactly("So that a later parser can read old uploads again.", "Half of a correct one.");
        assertThat(page.select(".answer-feedback__answer").eachText())
                .containsExactly("To read them again later, with a better parser.", "Half.");
        assertThat(page.selectFirst(".card[role=status]").text()).contains("Score: 0%").contains("not passed yet");
    }

    @Test
    void theLearnersJudgementsDecideScoreAndPass() throws Exception {
        long attempt = submit("To read them again later.", "Some of it.");
        long[] answers = jdbc.sql("select id from quiz_answer where attempt_id = :id order by id").param("id", attempt)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();

        selfAssess(answers[0], "correct");
        selfAssess(answers[1], "partial");
        assertThat(page("/quiz/attempts/" + attempt).selectFirst(".card[role=status]").text())
                .as("1 correct + 1 partial of 2 = 75%").contains("Score: 75%").contains("passed")
                .doesNotContain("not passed");

        selfAssess(answers[1], "incorrect");
        assertThat(page("/quiz/attempts/" + attempt).selectFirst(".card[role=status]").text())
                .contains("Score: 50%").contains("not passed yet");
    }

    @Test
    void theFlagshipStaysRubricGradedNextToIt() throws Exception {
        Document page = page("/quiz/" + FlagshipAnswers.SLUG + "/");
        assertThat(page.select("main .notice--warn")).isEmpty();
        assertThat(page.selectFirst("main .notice").text()).startsWith("Answer in your own words.");
    }

    private long submit(String first, String second) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/quiz/attempts").with(user(learner)).with(csrf())
                .param("module", SLUG)
                .param("questionId", SLUG + ":quiz:1").param("answer", first)
                .param("questionId", SLUG + ":quiz:2").param("answer", second)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).startsWith("/quiz/attempts/");
        return Long.parseLong(response.getRedirectedUrl().substring("/quiz/attempts/".length()));
    }

    private void selfAssess(long answer, String verdict) throws Exception {
        assertThat(mvc.perform(post("/quiz/answers/" + answer + "/self-assessment").param("verdict", verdict)
                .with(user(learner)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(learner))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
