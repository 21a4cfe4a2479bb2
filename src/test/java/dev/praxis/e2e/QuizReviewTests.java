package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A quiz after its first attempt: retrying offers a blank start, the learner's own judgement shows which button they
 * chose, the instructor sees where the learner disagrees, and an override leaves score, "missing" and verdict in
 * agreement and is announced to the learner until they read it.
 */
class QuizReviewTests extends BrowserTest {

    private static final int WRONG = 8;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetryCanStartFreshInsteadOfFromTheOldAnswers() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "fresh-start", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        submitTheQuizThroughThePage(learner);

        browser.clickAndWaitForNewPage(browser.find("main a[href='" + Flagship.QUIZ + "']"));
        assertThat(browser.find(".quiz__retry").getText()).contains("Your answers from last time are filled in");
        assertThat(answerBoxes()).allSatisfy(box -> assertThat(box.getDomProperty("value")).isNotBlank());
        browser.screenshot("retry-prefilled");

        browser.clickAndWaitForNewPage(browser.find("[data-start-fresh]"));
        assertThat(browser.find("main [role=status].notice--success").getText()).contains("You start fresh");
        assertThat(answerBoxes()).hasSize(8).allSatisfy(box -> assertThat(box.getDomProperty("value")).isEmpty());
        assertThat(browser.findAll(".quiz__retry")).isEmpty();
        assertThat(browser.find("#attempts-heading").getText()).as("the attempts stay").isEqualTo("Your attempts");
        browser.screenshot("retry-fresh");
    }

    @Test
    void aDisagreementReachesTheInstructorWhoseOverrideTheLearnerIsToldOf() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "disagreeing", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        long attempt = submitTheQuizThroughThePage(learner);

        WebElement wrong = answer(WRONG);
        assertThat(wrong.findElement(By.cssSelector("h2 .badge")).getText()).isEqualTo("incorrect");
        browser.clickAndWaitForNewPage(wrong.findElement(By.cssSelector(".self-assess button[value=correct]")));
        wrong = answer(WRONG);
        WebElement chosen = wrong.findElement(By.cssSelector(".self-assess button[value=correct]"));
        WebElement other = wrong.findElement(By.cssSelector(".self-assess button[value=incorrect]"));
        assertThat(chosen.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chosen.getCssValue("background-color")).as("the chosen button looks chosen")
                .isNotEqualTo(other.getCssValue("background-color"));
        assertThat(browser.script("return getComputedStyle(arguments[0], '::before').content", chosen))
                .as("a tick, not colour alone").isEqualTo("\"✓\"");
        assertThat(wrong.findElement(By.cssSelector(".self-assess__chosen")).getText())
                .isEqualTo("Your judgement: correct — differs from the verdict; your instructor will see it.");
        browser.screenshot("learner-disagrees");
        browser.signOut();

        PraxisUser instructor = TestUsers.create(accounts, jdbc, "reviewing", Role.INSTRUCTOR);
        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD);
        browser.open("/instructor");
        WebElement row = browser.driver().findElement(By.xpath(
                "//section[contains(@class,'cohort__disagreements')]//tr[th/a[normalize-space()='disagreeing']]"));
        assertThat(row.getText()).contains(Flagship.TITLE, "Review Q8", "incorrect", "correct");
        browser.screenshot("instructor-sees-the-disagreement");
        browser.clickAndWaitForNewPage(row.findElement(By.linkText("Review Q8")));
        wrong = answer(WRONG);
        assertThat(wrong.findElement(By.cssSelector(".answer-feedback__disagreement")).getText())
                .contains("The learner disagrees: they judge this answer correct, the grader said incorrect");
        assertThat(wrong.getText()).contains("What is missing");
        new org.openqa.selenium.support.ui.Select(wrong.findElement(By.cssSelector(".override-form select")))
                .selectByValue("correct");
        wrong.findElement(By.cssSelector(".override-form textarea"))
                .sendKeys("Your answer names thermals and sustained load; the grader missed your wording.");
        browser.clickAndWaitForNewPage(wrong.findElement(By.cssSelector(".override-form button[type=submit]")));
        wrong = answer(WRONG);
        assertThat(wrong.findElement(By.cssSelector("h2 .badge")).getText()).isEqualTo("correct");
        assertThat(wrong.findElement(By.cssSelector(".answer-feedback__score")).getText())
                .as("the score follows the new verdict").startsWith("score 1.00 (the grader gave ");
        assertThat(wrong.findElements(By.xpath(".//h3[normalize-space()='What is missing']"))).isEmpty();
        assertThat(wrong.findElements(By.cssSelector(".answer-feedback__disagreement"))).as("reviewed").isEmpty();
        browser.open("/instructor");
        assertThat(browser.findAll(".cohort__disagreements tr a[href$='#answer-" + answerId(WRONG, attempt) + "']"))
                .as("no longer waiting for review").isEmpty();
        browser.signOut();

        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        browser.open("/");
        assertThat(browser.find("[aria-labelledby=home-overrides]").getText())
                .contains("Your instructor changed a verdict", Flagship.TITLE + ", Q8: incorrect → correct");
        browser.open(Flagship.QUIZ);
        WebElement notice = browser.find("[aria-labelledby=overrides-heading]");
        assertThat(notice.getText()).contains("Your instructor changed a verdict", "Q8: incorrect → correct");
        browser.screenshot("learner-told-of-the-override");
        browser.clickAndWaitForNewPage(notice.findElement(By.tagName("a")));
        assertThat(answer(WRONG).findElement(By.cssSelector(".answer-feedback__override")).getText())
                .contains("Changed by your instructor", "the grader missed your wording");
        browser.open(Flagship.QUIZ);
        assertThat(browser.findAll("[aria-labelledby=overrides-heading]")).as("read, so no longer announced").isEmpty();
    }

    /** Types every answer (Q8 wrong), waits for the autosave of each, submits; returns the attempt's id. */
    private long submitTheQuizThroughThePage(PraxisUser learner) {
        browser.open(Flagship.QUIZ);
        List<String> answers = Flagship.quizAnswers(WRONG);
        List<WebElement> boxes = answerBoxes();
        for (int i = 0; i < boxes.size(); i++) {
            browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                    boxes.get(i), answers.get(i));
        }
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> browser.find("[data-autosave-status]").getText()
                .startsWith("Saved") && jdbc.sql("select count(*) from quiz_draft where user_id = :id")
                .param("id", learner.id()).query(Long.class).single() == boxes.size());
        browser.clickAndWaitForNewPage(browser.find("form[data-quiz-form] button[type=submit]"));
        assertThat(browser.currentPath()).matches("/quiz/attempts/\\d+");
        return Long.parseLong(browser.currentPath().replaceAll("\\D", ""));
    }

    private List<WebElement> answerBoxes() {
        return browser.findAll("textarea[data-question-id]");
    }

    private WebElement answer(int number) {
        return browser.findAll(".answer-feedback").get(number - 1);
    }

    private long answerId(int number, long attempt) {
        return jdbc.sql("select id from quiz_answer where attempt_id = :attempt and question_number = :n")
                .param("attempt", attempt).param("n", "Q" + number).query(Long.class).single();
    }
}
