package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.quiz.QuizService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The small things a demanding learner notices: where errors appear, how times and labels read, the tab's icon. */
class PolishTests extends BrowserTest {

    private static final String ZONED_TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d (UTC|GMT[+-]\\d+|[A-Z]{2,5})";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuizService quizzes;

    @Test
    void anInvalidPasteOnTheLabPageIsExplainedWhereTheLearnerIs() {
        signIn("paste-error");
        browser.open(Flagship.LAB);
        browser.script("arguments[0].value = arguments[1]", browser.find("#paste"), "my machine is great, trust me");
        browser.clickAndWaitForNewPage(browser.find("#upload-paste button[type=submit]"));

        browser.waitUpTo(Duration.ofSeconds(5)).withMessage("the refused field gets the focus")
                .until(d -> "paste".equals(browser.script("return document.activeElement.id")));
        WebElement error = browser.find("#paste-error");
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.inView(error)).as("the message is on screen after the page comes back").isTrue();
        assertThat(browser.find("#paste").getDomProperty("value")).isEqualTo("my machine is great, trust me");
        browser.screenshot("paste-error-in-view");
    }

    @Test
    void everyTimeShownSaysItsZone() {
        PraxisUser learner = signIn("zoned-times");
        quizzes.submit(learner.id(), Flagship.SLUG, Flagship.quizAnswersById(quizzes, 8));
        browser.open(Flagship.QUIZ);
        List<WebElement> times = browser.findAll("main time[datetime]");
        assertThat(times).as("the attempt's time").isNotEmpty();
        times.forEach(time -> assertThat(time.getText()).matches(ZONED_TIME));
        browser.open("/settings");
        browser.fill("#token-label", "zone test");
        browser.clickAndWaitForNewPage(browser.find("#tokens form button[type=submit]"));
        assertThat(browser.find("#tokens tbody time").getText()).matches(ZONED_TIME);
    }

    @Test
    void theQuizShowsEachQuestionsNumberOnce() {
        signIn("numbers-once");
        browser.open(Flagship.QUIZ);
        WebElement first = browser.find("#question-Q1");
        assertThat(first.findElement(org.openqa.selenium.By.tagName("legend")).getText()).isEqualTo("Q1");
        assertThat(browser.find("#question-Q1-text").getText()).doesNotStartWith("Q1").startsWith("Your team");
    }

    @Test
    void aLabNobodyStartedSaysNotStartedRatherThanNeedsAttention() {
        signIn("not-started");
        browser.open(Flagship.LAB);
        List<String> stepOne = browser.findAll("#step-1 [data-verdict]").stream().map(WebElement::getText).toList();
        assertThat(stepOne).isNotEmpty().containsOnly("not started");
        assertThat(browser.find("main").getText()).doesNotContain("needs-attention");

        browser.find("#workload").sendKeys("For the next 3 months I will build API-first tools and run small notebooks.");
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> browser.findAll("#step-1 [data-verdict]").stream()
                .noneMatch(badge -> badge.getText().equals("not started")));
    }

    @Test
    void theMarkdownLabReportKeepsTheLearnersLineBreaks() {
        signIn("report-lines");
        browser.open(Flagship.LAB);
        browser.find("#recommendation").sendKeys("Keep the laptop for now.\nRent a GPU for the rare big run.");
        browser.clickAndWaitForNewPage(browser.find("#step-7 button[form=lab-form]"));
        Object markdown = browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/labs/report.md?module=' + encodeURIComponent(arguments[0])).then(function (r) { return r.text(); })
                  .then(done, function (e) { done('failed: ' + e); });
                """, Flagship.SLUG);
        assertThat((String) markdown).contains("Keep the laptop for now.\\\nRent a GPU for the rare big run.");
        browser.open(Flagship.LAB_REPORT);
        assertThat(browser.find("main").getText()).contains("Keep the laptop for now.\nRent a GPU for the rare big run.");
    }

    @Test
    void codeIsColouredOnTheServerInTheLightAndTheDarkTheme() {
        browser.open(Flagship.LESSON);
        List<String> scripts = browser.findAll("script[src]").stream().map(s -> s.getDomAttribute("src")).toList();
        assertThat(scripts).as("no highlighter script").noneMatch(src -> src.contains("highlight") || src.contains("prism"));
        WebElement comment = browser.find("pre code.language-bash .hl-comment");
        WebElement command = browser.find("pre code.language-bash .hl-function");
        String lightComment = comment.getCssValue("color");
        assertThat(lightComment).as("a comment stands apart from a command").isNotEqualTo(command.getCssValue("color"));
        assertThat(comment.getCssValue("font-style")).isEqualTo("italic");
        browser.chooseTheme("dark");
        assertThat(browser.find("pre code.language-bash .hl-comment").getCssValue("color"))
                .as("the dark theme has its own colours").isNotEqualTo(lightComment);
        browser.screenshot("code-dark");
    }

    @Test
    void theTabHasAnIconEvenWhereTheBrowserAsksForFaviconIco() throws Exception {
        browser.open("/");
        assertThat(browser.findAll("head link[rel=icon]")).isNotEmpty();
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.url("/favicon.ico"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).as("an ICO file").startsWith(0, 0, 1, 0);
    }

    private PraxisUser signIn(String who) {
        PraxisUser learner = TestUsers.create(accounts, jdbc, who, Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        return learner;
    }

}
