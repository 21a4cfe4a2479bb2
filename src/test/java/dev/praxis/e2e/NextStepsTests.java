package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.quiz.QuizService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner always knows the next step: the home page continues where they left off (in the language they used),
 * quiz results point on, and a module's translations are one module in their progress and in the cohort view.
 */
class NextStepsTests extends BrowserTest {

    private static final String UKRAINIAN = "uk/" + Flagship.SLUG;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuizService quizzes;

    @Autowired
    ContentLibrary library;

    @Test
    void aNewcomerIsShownWhereToBeginAndAReturningLearnerWhereTheyLeftOff() {
        String email = TestUsers.uniqueEmail("next-newcomer");
        browser.register(email, "Next Newcomer", TestUsers.PASSWORD);
        CourseModule flagship = library.module(Flagship.SLUG);
        WebElement start = browser.find("#continue-heading").findElement(By.xpath(".."));
        assertThat(start.getText()).contains("Start here", Flagship.TITLE);
        WebElement action = start.findElement(By.cssSelector("[data-next-step]"));
        assertThat(action.getText()).isEqualTo("Continue reading: " + flagship.sections().get(0).title());
        browser.screenshot("home-newcomer");

        long learner = accounts.loadUserByUsername(email).id();
        read(learner, Flagship.SLUG, flagship.sections().get(0).id(), flagship.sections().get(1).id());
        browser.open("/");
        WebElement resume = browser.find("#continue-heading").findElement(By.xpath(".."));
        assertThat(resume.getText()).contains("Continue where you left off", Flagship.TITLE);
        browser.clickAndWaitForNewPage(resume.findElement(By.cssSelector("[data-next-step=read]")));
        assertThat(browser.currentPath()).isEqualTo(Flagship.LESSON + "#" + flagship.sections().get(2).id());
    }

    @Test
    void aQuizResultPointsToTheRetryOrOnToTheLab() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "next-quiz", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        long failed = quizzes.submit(learner.id(), Flagship.SLUG, Flagship.quizAnswersById(quizzes, 0).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, entry -> "I am not sure.")));
        browser.open("/quiz/attempts/" + failed);
        assertThat(nextStep().getText()).startsWith("Try the quiz again (best so far ");
        assertThat(browser.findAll(".quiz-feedback__actions [data-start-fresh]")).hasSize(1);

        long passed = quizzes.submit(learner.id(), Flagship.SLUG, Flagship.quizAnswersById(quizzes, 8));
        browser.open("/quiz/attempts/" + passed);
        WebElement next = nextStep();
        assertThat(next.getText()).matches("Finish the lab \\(\\d+ of 33 checklist items pass\\)");
        browser.screenshot("quiz-result-next-step");
        browser.clickAndWaitForNewPage(next);
        assertThat(browser.currentPath()).isEqualTo(Flagship.LAB);
    }

    @Test
    void aTranslationIsOneModuleForTheLearnerAndTheInstructor() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "next-translated", Role.LEARNER);
        CourseModule ukrainian = library.module(UKRAINIAN);
        read(learner.id(), UKRAINIAN, ukrainian.sections().stream().map(s -> s.id()).toArray(String[]::new));
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);

        browser.open("/");
        assertThat(browser.find("#continue-heading").findElement(By.xpath("..")).getText())
                .as("continues in the language the learner used").contains(ukrainian.title());

        browser.open("/progress");
        List<WebElement> rows = browser.findAll("main tbody tr");
        assertThat(rows).as("one row for the module and its translation").hasSize(1);
        assertThat(rows.get(0).getText()).contains(Flagship.TITLE,
                ukrainian.sections().size() + " / " + ukrainian.sections().size());
        browser.signOut();

        PraxisUser instructor = TestUsers.create(accounts, jdbc, "next-cohort", Role.INSTRUCTOR);
        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD);
        browser.open("/instructor?q=next-translated");
        assertThat(browser.findAll(".cohort__table thead th[scope=col]")).extracting(WebElement::getText)
                .containsExactly("Learner", Flagship.TITLE);
        assertThat(browser.find(".cohort__table tbody tr").getText()).contains("in progress");
    }

    private WebElement nextStep() {
        return browser.find("#next-step-title").findElement(By.xpath("..")).findElement(By.cssSelector("[data-next-step]"));
    }

    private void read(long user, String slug, String... sections) {
        for (String section : sections) {
            jdbc.sql("insert into section_read (user_id, module_slug, section_id) values (?, ?, ?)")
                    .params(user, slug, section).update();
        }
    }
}
