package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole flagship journey through the real pages: register, read and predict, answer the quiz, upload the
 * machine's inventory twice (token API and paste), work the lab, watch progress move, and an instructor's
 * override that the learner then reads. Screenshots of every page go to {@code target/e2e-screenshots/}.
 */
class FullJourneyTests extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final int WRONG_QUESTION = 8;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLearnerWalksTheFlagshipModuleAndReadsTheInstructorsOverride() throws Exception {
        String email = TestUsers.uniqueEmail("full-journey");
        browser.register(email, "Full Journey Learner", TestUsers.PASSWORD);
        browser.signOut();
        browser.signIn(email, TestUsers.PASSWORD);
        browser.screenshot("01-signed-in");

        openTheModuleFromTheCatalog();
        commitAPredictionAndSeeTheReveal();
        long attempt = answerTheQuiz();
        long apiUpload = uploadWithATokenFromSettings();
        workTheLab(apiUpload);
        assertProgressMoved();
        browser.signOut();

        PraxisUser instructor = TestUsers.create(accounts, jdbc, "journey-instructor", Role.INSTRUCTOR);
        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD);
        overrideTheWrongAnswer(attempt);
        browser.signOut();

        browser.signIn(email, TestUsers.PASSWORD);
        browser.open("/quiz/attempts/" + attempt);
        WebElement override = answerSection(WRONG_QUESTION).findElement(By.cssSelector(".answer-feedback__override"));
        assertThat(override.getText()).contains("Changed by your instructor", "incorrect → partial",
                "You named the GPU; the symptom points at thermals first.");
        browser.screenshot("15-learner-reads-the-override");
        browser.signOut();
    }

    private void openTheModuleFromTheCatalog() {
        browser.open("/catalog");
        assertThat(browser.find("h1").getText()).isEqualTo("Catalog");
        browser.screenshot("02-catalog");
        browser.clickAndWaitForNewPage(browser.find("main a[href='" + Flagship.LESSON + "']"));
        assertThat(browser.currentPath()).isEqualTo(Flagship.LESSON);
        assertThat(browser.find("h1").getText()).isEqualTo(Flagship.TITLE);
        browser.drawTheFirstDiagram();
        browser.screenshot("03-lesson");
    }

    private void commitAPredictionAndSeeTheReveal() {
        String sourceBefore = browser.driver().getPageSource();
        WebElement card = browser.find("[data-prediction-card]");
        String cardId = card.getDomAttribute("id");
        assertThat(card.findElements(By.cssSelector(".prediction__reveal"))).as("reveal before committing").isEmpty();
        String prediction = "The API-first learner hits RAM and environment trouble first, the local LLM learner "
                + "hits VRAM first.";
        card.findElement(By.tagName("textarea")).sendKeys(prediction);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", card);
        card.findElement(By.xpath(".//button[normalize-space()='Commit my prediction']")).click();
        WebElement reveal = waitFor(d ->
                d.findElement(By.id(cardId)).findElements(By.cssSelector(".prediction__reveal .prose")).stream()
                        .findFirst().orElse(null));
        WebElement swapped = browser.find("#" + cardId);
        assertThat(swapped.findElement(By.cssSelector(".prediction__body")).getText()).isEqualTo(prediction);
        assertThat(swapped.getText()).contains("Your prediction", "Explanation");
        String explanation = reveal.getText().strip();
        assertThat(explanation).as("the explanation revealed").isNotBlank();
        String firstWords = explanation.substring(0, Math.min(60, explanation.length()));
        assertThat(sourceBefore).as("the explanation is not in the page before the prediction is committed")
                .doesNotContain(firstWords);
        browser.screenshot("04-prediction-revealed");

        swapped.findElement(By.xpath(".//button[normalize-space()='I got it']")).click();
        waitFor(d -> d.findElement(By.id(cardId)).getText().contains("You marked: got it"));
        assertThat(browser.find("#" + cardId + " button[value=got-it]").getDomAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    private long answerTheQuiz() {
        browser.clickAndWaitForNewPage(browser.find("main a[href='/quiz/" + Flagship.SLUG + "/']"));
        List<WebElement> areas = browser.findAll("textarea[data-question-id]");
        assertThat(areas).hasSize(8);
        List<String> answers = Flagship.quizAnswers(WRONG_QUESTION);
        for (int i = 0; i < areas.size(); i++) {
            areas.get(i).sendKeys(answers.get(i));
        }
        WebElement status = browser.find("[data-autosave-status]");
        waitFor(d -> status.getText().startsWith("Saved"));
        browser.screenshot("05-quiz-answered");
        browser.clickAndWaitForNewPage(browser.find("form[data-quiz-form] button[type=submit]"));
        assertThat(browser.currentPath()).matches("/quiz/attempts/\\d+");
        long attempt = Long.parseLong(browser.currentPath().replaceAll("\\D", ""));

        assertThat(browser.findAll(".answer-feedback")).hasSize(8);
        for (int n = 1; n <= 8; n++) {
            WebElement section = answerSection(n);
            String verdict = section.findElement(By.cssSelector("h2 .badge")).getText();
            assertThat(verdict).as("verdict of Q%d", n).isEqualTo(n == WRONG_QUESTION ? "incorrect" : "correct");
            assertThat(section.findElement(By.cssSelector(".answer-feedback__answer")).getText())
                    .isEqualTo(answers.get(n - 1).strip());
            assertThat(section.findElements(By.cssSelector("details.answer-feedback__model summary")))
                    .as("model answer of Q%d", n).hasSize(1);
        }
        WebElement correct = answerSection(1);
        assertThat(correct.findElements(By.cssSelector("li q"))).as("quoted ideas found in Q1").isNotEmpty();
        WebElement wrong = answerSection(WRONG_QUESTION);
        assertThat(wrong.getText()).contains("What is missing", "Watch out");
        assertThat(browser.find("main .card[role=status]").getText()).contains("Score: 88%", "passed");
        browser.screenshot("06-quiz-feedback");
        return attempt;
    }

    private long uploadWithATokenFromSettings() throws IOException, InterruptedException {
        browser.open("/settings");
        browser.fill("#token-label", "journey desktop");
        browser.clickAndWaitForNewPage(browser.find("#tokens form button[type=submit]"));
        String token = browser.find("pre[data-copy] code").getText().strip();
        assertThat(token).startsWith("pxu_");
        browser.screenshot("07-settings-new-token");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(browser.url("/api/v1/inventory")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Flagship.fixture("kvm-2vcpu-no-gpu")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token upload answered %s", response.body()).isEqualTo(201);
        JsonNode answer = JsonMapper.builder().build().readTree(response.body());
        assertThat(answer.get("status").asString()).isEqualTo("parsed");
        long id = answer.get("id").asLong();

        browser.open("/inventory");
        assertThat(browser.findAll("main a[href='/inventory/uploads/" + id + "']")).as("the upload in the history")
                .hasSize(1);
        assertThat(browser.find("main").getText()).contains("AMD EPYC");
        browser.screenshot("08-inventory-cards");
        browser.open("/inventory/uploads/" + id);
        assertThat(browser.find("pre.raw-upload").getText()).contains("Model name:                              AMD EPYC");
        browser.screenshot("09-upload-detail");
        browser.open("/settings");
        assertThat(browser.find("#tokens tbody").getText()).contains("journey desktop").doesNotContain("never");
        return id;
    }

    private void workTheLab(long apiUpload) {
        browser.open(Flagship.LAB);
        assertThat(browser.find("[data-lab-passing]").getText()).endsWith(" of 33");
        int start = passing();
        assertThat(start).as("checklist items the token upload alone passes").isPositive();
        assertThat(new Select(browser.find("#uploadId")).getOptions()).as("the token upload is offered")
                .anySatisfy(option -> assertThat(option.getDomAttribute("value")).isEqualTo(String.valueOf(apiUpload)));
        browser.screenshot("10-lab-with-the-token-upload");

        // pasted like a learner would paste it: the whole transcript at once
        browser.script("arguments[0].value = arguments[1]", browser.find("#paste"),
                Flagship.fixture("ubuntu-desktop-one-nvidia"));
        browser.clickAndWaitForNewPage(browser.find("#step-3 form button[type=submit]"));
        assertThat(browser.currentPath()).startsWith(Flagship.LAB);
        assertThat(browser.find("#step-3").getText()).contains("Inventory uploaded and read.", "NVIDIA");
        int withInventory = passing();
        assertThat(withInventory).as("checklist items passing with the pasted inventory").isGreaterThanOrEqualTo(start);

        browser.find("#workload").sendKeys(Flagship.LAB_ANSWERS.get("workload"));
        waitFor(d -> passing() > withInventory);
        assertThat(browser.find("[data-lab-status]").getText()).contains("Saved just now");
        assertThat(verdict("#step-1")).as("step 1 verdicts after autosave").contains("pass");
        int afterStepOne = passing();

        browser.find("#step-2 input[name=archetype][value=single-gpu-desktop]").click();
        browser.find("#step-2 input[name=mattersMost][value=sustained-load]").click();
        for (Map.Entry<String, String> answer : Flagship.LAB_ANSWERS.entrySet()) {
            if (!answer.getKey().equals("workload")) {
                browser.find("[form=lab-form][name='" + answer.getKey() + "']").sendKeys(answer.getValue());
            }
        }
        List<String> names = List.of("symptom", "symptomConstraint", "symptomFix");
        for (int i = 0; i < names.size(); i++) {
            browser.find("[form=lab-form][name=" + names.get(i) + "]").sendKeys(Flagship.SYMPTOM_ROW.get(i));
        }
        browser.clickAndWaitForNewPage(browser.find("#step-7 button[form=lab-form]"));
        assertThat(browser.currentPath()).isEqualTo(Flagship.LAB + "#step-7");
        assertThat(browser.find(".lab__summary").getText()).contains("Saved. The checklist below was checked again.");
        int done = passing();
        assertThat(done).as("checklist items passing after every step").isGreaterThan(afterStepOne);
        assertThat(Integer.parseInt(browser.find("[data-lab-progress]").getDomProperty("value"))).isPositive();
        for (int step = 1; step <= 7; step++) {
            assertThat(verdict("#step-" + step)).as("verdicts of step %d", step).contains("pass");
        }
        assertThat(browser.find("#recommendation").getDomProperty("value"))
                .isEqualTo(Flagship.LAB_ANSWERS.get("recommendation"));
        browser.screenshot("11-lab-worked");

        browser.clickAndWaitForNewPage(browser.find("main a[href^='/labs/report?']"));
        assertThat(browser.find("h1").getText()).isEqualTo("Lab report: " + Flagship.TITLE);
        assertThat(browser.find("main").getText()).contains(Flagship.LAB_ANSWERS.get("workload"),
                done + " of 33 checklist items pass");
        browser.screenshot("12-lab-report");
    }

    private void assertProgressMoved() {
        browser.open("/progress");
        WebElement row = browser.driver().findElement(By.xpath("//tbody/tr[th/a[@href='" + Flagship.LESSON + "']]"));
        int percent = Integer.parseInt(row.findElement(By.tagName("progress")).getDomProperty("value"));
        assertThat(percent).as("the module's progress").isPositive();
        assertThat(row.getText()).contains("1 / 3", "best 88%");
        browser.screenshot("13-progress");
    }

    private void overrideTheWrongAnswer(long attempt) {
        browser.open("/quiz/attempts/" + attempt);
        WebElement section = answerSection(WRONG_QUESTION);
        new Select(section.findElement(By.cssSelector(".override-form select"))).selectByValue("partial");
        section.findElement(By.cssSelector(".override-form textarea"))
                .sendKeys("You named the GPU; the symptom points at thermals first.");
        browser.clickAndWaitForNewPage(section.findElement(By.cssSelector(".override-form button[type=submit]")));
        assertThat(browser.find("main [role=status].notice").getText())
                .isEqualTo("Verdict changed; the learner sees your comment.");
        assertThat(answerSection(WRONG_QUESTION).findElement(By.cssSelector("h2 .badge")).getText()).isEqualTo("partial");
        browser.screenshot("14-instructor-override");
    }

    /** Waits for a condition on parts the page's script may be swapping out while it is checked. */
    private <T> T waitFor(Function<WebDriver, T> condition) {
        return browser.waitUpTo(PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private WebElement answerSection(int questionNumber) {
        return browser.findAll(".answer-feedback").get(questionNumber - 1);
    }

    private int passing() {
        return Integer.parseInt(browser.find("[data-lab-passing]").getText().split(" ")[0]);
    }

    private List<String> verdict(String stepCss) {
        return browser.findAll(stepCss + " [data-verdict]").stream().map(WebElement::getText).toList();
    }
}
