package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.inventory.InventoryService;
import dev.praxis.quiz.QuizService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core on every page that exists, in the light and the dark theme, on a 1280 px screen and on a 390 px phone: no
 * serious or critical violation, and on the phone no page wider than the screen (wide parts scroll in their own box).
 */
class AccessibilityTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuizService quizzes;

    @Autowired
    InventoryService inventories;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light 1280", "dark 1280", "light 390", "dark 390"})
    void pagesForVisitorsPassAxe(String screen) {
        String theme = onScreen(screen);
        browser.open("/").chooseTheme(theme);
        check("home", theme);
        browser.open("/login");
        check("sign-in", theme);
        browser.open("/login?error");
        check("sign-in with an error", theme);
        browser.open("/register");
        check("register", theme);
        XssProbe.submit(browser, "#displayName", "");
        assertThat(browser.findAll(".field__error")).as("field errors after an empty registration").hasSize(3);
        check("register with errors", theme);
        browser.open("/catalog");
        check("catalog for a visitor", theme);
        browser.open(Flagship.LESSON);
        browser.drawTheFirstDiagram();
        check("lesson for a visitor", theme);
        browser.open("/no/such/page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        check("404 for a visitor", theme);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light 1280", "dark 1280", "light 390", "dark 390"})
    void pagesForLearnersPassAxe(String screen) {
        String theme = onScreen(screen);
        PraxisUser learner = TestUsers.create(accounts, jdbc, "a11y-learner", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).chooseTheme(theme);
        check("home signed in", theme);
        browser.open("/admin/users");
        assertThat(browser.find("h1").getText()).isEqualTo("You do not have access to this page");
        check("403", theme);
        browser.open("/no/such/page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        check("404", theme);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light 1280", "dark 1280", "light 390", "dark 390"})
    void adminPagesPassAxe(String screen) {
        String theme = onScreen(screen);
        PraxisUser admin = TestUsers.create(accounts, jdbc, "a11y-admin", Role.ADMIN);
        browser.signIn(admin.getUsername(), TestUsers.PASSWORD).chooseTheme(theme);
        browser.open("/admin/users");
        assertThat(browser.find("h1").getText()).isEqualTo("Users and roles");
        check("admin users", theme);
    }

    /** Every learner page of the flagship module, empty and with work in it, and the instructor's view of it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light 1280", "dark 1280", "light 390", "dark 390"})
    void learnerAndInstructorPagesWithWorkPassAxe(String screen) {
        String theme = onScreen(screen);
        PraxisUser learner = TestUsers.create(accounts, jdbc, "a11y-work", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).chooseTheme(theme);
        browser.open("/catalog");
        check("catalog", theme);
        browser.open("/inventory");
        assertThat(browser.find("main").getText()).contains("No inventory yet");
        check("inventory empty", theme);
        browser.open(Flagship.LAB);
        check("lab empty", theme);

        browser.open(Flagship.LESSON);
        browser.drawTheFirstDiagram();
        check("lesson", theme);
        WebElement card = browser.find("[data-prediction-card]");
        String cardId = card.getDomAttribute("id");
        card.findElement(By.tagName("textarea")).sendKeys("VRAM for the local model learner, RAM for the other.");
        browser.script("arguments[0].click()",
                card.findElement(By.xpath(".//button[normalize-space()='Commit my prediction']")));
        browser.waitUpTo(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                !d.findElement(By.id(cardId)).findElements(By.cssSelector(".prediction__reveal")).isEmpty());
        check("lesson after a prediction", theme);

        browser.open(Flagship.QUIZ);
        check("quiz", theme);
        long attempt = quizzes.submit(learner.id(), Flagship.SLUG, Flagship.quizAnswersById(quizzes, 8));
        browser.open("/quiz/attempts/" + attempt);
        browser.find("details.answer-feedback__model summary").click();
        check("quiz feedback", theme);

        browser.open("/settings");
        XssProbe.submit(browser, "#token-label", "a11y desktop");
        assertThat(browser.findAll("pre[data-copy] code")).hasSize(1);
        check("settings with a new token", theme);

        long upload = inventories.upload(learner.id(), "paste", null,
                Flagship.fixture("ubuntu-desktop-one-nvidia").getBytes(StandardCharsets.UTF_8)).id();
        browser.open("/inventory");
        check("inventory with cards", theme);
        browser.open("/inventory/uploads/" + upload);
        check("upload detail", theme);
        browser.open(Flagship.LAB);
        browser.find("#workload").sendKeys(Flagship.LAB_ANSWERS.get("workload"));
        browser.clickAndWaitForNewPage(browser.find("#step-1 button[form=lab-form]"));
        check("lab with work", theme);
        browser.open(Flagship.LAB_REPORT);
        check("lab report", theme);
        browser.open("/progress");
        check("progress", theme);
        browser.open("/search?q=VRAM");
        check("search results", theme);
        browser.signOut();

        PraxisUser instructor = TestUsers.create(accounts, jdbc, "a11y-instructor", Role.INSTRUCTOR);
        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD);
        browser.open("/quiz/attempts/" + attempt);
        assertThat(browser.findAll(".override-form")).hasSize(8);
        check("quiz feedback for an instructor", theme);
        browser.open("/instructor");
        check("cohort", theme);
        browser.open("/instructor/learners/" + learner.id());
        check("one learner for an instructor", theme);
    }

    private int width = 1280;

    /** "dark 390": lays pages out on a screen that wide and returns the theme to choose. */
    private String onScreen(String screen) {
        String[] parts = screen.split(" ");
        width = Integer.parseInt(parts[1]);
        browser.useWidth(width, width < 600 ? 844 : 900);
        return parts[0];
    }


    private void check(String page, String theme) {
        assertThat(browser.theme()).isEqualTo(theme);
        browser.screenshot(page + "-" + theme + "-" + width);
        browser.assertFits(width, page);
        Accessibility.assertNoSeriousViolations(browser.driver(), page + " (" + theme + " theme)");
    }
}
