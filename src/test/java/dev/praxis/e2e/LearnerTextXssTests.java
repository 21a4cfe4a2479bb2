package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.inventory.InventoryService;
import dev.praxis.inventory.UploadTokenService;
import dev.praxis.lab.LabService;
import dev.praxis.quiz.QuizService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile text in every free-text field a learner fills (prediction, quiz answers, lab answers, token label,
 * pasted inventory) stays text on every page that shows it, the instructor's view of the attempt included. The
 * prediction goes through the lesson page's own form (its reveal is swapped in by script); the rest is stored
 * through the services, which is what the pages then read.
 */
class LearnerTextXssTests extends BrowserTest {

    /** A spread of the corpus: script, event handler, attribute break-out, textarea break-out, template syntax. */
    private static final List<String> SUBSET = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1) id=xss>",
            "\"><script>alert(1)</script>",
            "' onfocus='alert(1)' autofocus id='xss",
            "</textarea><script>alert(1)</script>",
            "<details open ontoggle=alert(1) id=xss>",
            "[[${7*7}]] [(${7*7})]",
            "__${T(java.lang.System).getenv()}__::.x");

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuizService quizzes;

    @Autowired
    LabService labs;

    @Autowired
    UploadTokenService tokens;

    @Autowired
    InventoryService inventories;

    static Stream<String> payloads() {
        return SUBSET.stream();
    }

    @Test
    void theSubsetComesFromTheCorpus() {
        assertThat(XssPayloads.all()).containsAll(SUBSET);
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("payloads")
    void hostileLearnerTextStaysTextWhereverItIsShown(String payload) {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "xss-learner", Role.LEARNER);
        long attempt = quizzes.submit(learner.id(), Flagship.SLUG, everyAnswer(payload));
        labs.save(learner.id(), Flagship.SLUG, Flagship.labWork(payload), null, true);
        tokens.create(learner.id(), payload);
        Long upload = catchThrowableOfType(InventoryService.UploadRejectedException.class,
                () -> inventories.upload(learner.id(), "paste", null, payload.getBytes(StandardCharsets.UTF_8)))
                .uploadId();

        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).open(Flagship.LESSON);
        WebElement card = browser.find("[data-prediction-card]");
        String cardId = card.getDomAttribute("id");
        String prediction = payload + " is my prediction";
        browser.script("arguments[0].value = arguments[1]", card.findElement(By.tagName("textarea")), prediction);
        browser.script("arguments[0].click()",
                card.findElement(By.xpath(".//button[normalize-space()='Commit my prediction']")));
        browser.waitUpTo(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                !d.findElement(By.id(cardId)).findElements(By.cssSelector(".prediction__body")).isEmpty());
        assertShown(payload, "the lesson with the prediction swapped in");
        browser.open(Flagship.LESSON);
        assertShown(payload, "the lesson reloaded with the committed prediction");

        browser.open("/quiz/attempts/" + attempt);
        assertShown(payload, "the quiz feedback");
        browser.open(Flagship.LAB);
        assertThat(browser.find("#workload").getDomProperty("value")).isEqualTo(payload);
        assertShown(payload, "the lab page");
        browser.open(Flagship.LAB_REPORT);
        assertShown(payload, "the lab report");
        browser.open("/settings");
        assertShown(payload, "the settings page");
        browser.open("/inventory/uploads/" + upload);
        assertShown(payload, "the rejected upload's page");
        browser.open("/inventory");
        XssProbe.assertInert(browser.driver(), payload, "the inventory page with the rejected upload");
        browser.signOut();

        PraxisUser instructor = TestUsers.create(accounts, jdbc, "xss-instructor", Role.INSTRUCTOR);
        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD).open("/quiz/attempts/" + attempt);
        assertShown(payload, "the instructor's view of the attempt");
    }

    private Map<String, String> everyAnswer(String payload) {
        Map<String, String> answers = new LinkedHashMap<>();
        quizzes.moduleWithQuiz(Flagship.SLUG).quiz().questions().forEach(q -> answers.put(q.id(), payload));
        return answers;
    }

    private void assertShown(String payload, String page) {
        XssProbe.assertInert(browser.driver(), payload, page);
        assertThat(browser.find("main").getText()).as("%s shows the text as typed", page).contains(payload.strip());
    }
}
