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
 * Each journey runs once per screen and checks every page it reaches in both themes: in the theme it loaded in, then
 * in the other one after the header's theme toggle, as a reader switches (the toggle only changes the page's colour
 * scheme, so the page need not load again). Lesson pages load again after the toggle, since their diagrams take the
 * theme's palette when they are drawn.
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

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void pagesForVisitorsPassAxe(int screen) {
        onScreen(screen);
        browser.open("/").chooseTheme("light");
        check("home");
        browser.open("/login");
        check("sign-in");
        browser.open("/login?error");
        check("sign-in with an error");
        browser.open("/register");
        check("register");
        XssProbe.submit(browser, "#displayName", "");
        assertThat(browser.findAll(".field__error")).as("field errors after an empty registration").hasSize(3);
        check("register with errors");
        browser.open("/catalog");
        check("catalog for a visitor");
        browser.open(Flagship.LESSON);
        browser.drawTheFirstDiagram();
        checkWithDiagrams("lesson for a visitor");
        browser.open("/no/such/page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        check("404 for a visitor");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void pagesForLearnersPassAxe(int screen) {
        onScreen(screen);
        PraxisUser learner = TestUsers.create(accounts, jdbc, "a11y-learner", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).chooseTheme("light");
        check("home signed in");
        browser.open("/admin/users");
        assertThat(browser.find("h1").getText()).isEqualTo("You do not have access to this page");
        check("403");
        browser.open("/no/such/page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        check("404");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void adminPagesPassAxe(int screen) {
        onScreen(screen);
        PraxisUser admin = TestUsers.create(accounts, jdbc, "a11y-admin", Role.ADMIN);
        browser.signIn(admin.getUsername(), TestUsers.PASSWORD).chooseTheme("light");
        browser.open("/admin/users");
        assertThat(browser.find("h1").getText()).isEqualTo("Users and roles");
        check("admin users");
    }

    /** Every learner page of the flagship module, empty and with work in it, and the instructor's view of it. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void learnerAndInstructorPagesWithWorkPassAxe(int screen) {
        onScreen(screen);
        PraxisUser learner = TestUsers.create(accounts, jdbc, "a11y-work", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).chooseTheme("light");
        browser.open("/catalog");
        check("catalog");
        browser.open("/inventory");
        assertThat(browser.find("main").getText()).contains("No inventory yet");
        check("inventory empty");
        browser.open(Flagship.LAB);
        check("lab empty");

        browser.open(Flagship.LESSON);
        browser.drawTheFirstDiagram();
        checkWithDiagrams("lesson");
        WebElement card = browser.find("[data-prediction-card]");
        String cardId = card.getDomAttribute("id");
        card.findElement(By.tagName("textarea")).sendKeys("VRAM for the local model learner, RAM for the other.");
        browser.script("arguments[0].click()",
                card.findElement(By.xpath(".//button[normalize-space()='Commit my prediction']")));
        browser.waitUpTo(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                !d.findElement(By.id(cardId)).findElements(By.cssSelector(".prediction__reveal")).isEmpty());
        checkWithDiagrams("lesson after a prediction");

        browser.open(Flagship.QUIZ);
        check("quiz");
        long attempt = quizzes.submit(learner.id(), Flagship.SLUG, Flagship.quizAnswersById(quizzes, 8));
        browser.open("/quiz/attempts/" + attempt);
        browser.find("details.answer-feedback__model summary").click();
        check("quiz feedback");

        browser.open("/settings");
        XssProbe.submit(browser, "#token-label", "a11y desktop");
        assertThat(browser.findAll("pre[data-copy] code")).hasSize(1);
        check("settings with a new token");

        long upload = inventories.upload(learner.id(), "paste", null,
                Flagship.fixture("ubuntu-desktop-one-nvidia").getBytes(StandardCharsets.UTF_8)).id();
        browser.open("/inventory");
        check("inventory with cards");
        browser.open("/inventory/uploads/" + upload);
        check("upload detail");
        browser.open(Flagship.LAB);
        browser.find("#workload").sendKeys(Flagship.LAB_ANSWERS.get("workload"));
        browser.clickAndWaitForNewPage(browser.find("#step-1 button[form=lab-form]"));
        check("lab with work");
        browser.open(Flagship.LAB_REPORT);
        check("lab report");
        browser.open("/progress");
        check("progress");
        browser.open("/search?q=VRAM");
        check("search results");
        browser.signOut();

        PraxisUser instructor = TestUsers.create(accounts, jdbc, "a11y-instructor", Role.INSTRUCTOR);
        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD);
        browser.open("/quiz/attempts/" + attempt);
        assertThat(browser.findAll(".override-form")).hasSize(8);
        check("quiz feedback for an instructor");
        browser.open("/instructor");
        check("cohort");
        browser.open("/instructor/learners/" + learner.id());
        check("one learner for an instructor");
    }

    private int width = 1280;

    /** Lays pages out on a screen this wide: a phone below 600 px, else a desktop window. */
    private void onScreen(int screen) {
        width = screen;
        browser.useWidth(width, width < 600 ? 844 : 900);
    }

    /** Checks the page in the theme it shows, switches to the other theme with the header's toggle and checks again. */
    private void check(String page) {
        checkIn(page, browser.theme());
        browser.switchTheme(other(browser.theme()));
        checkIn(page, browser.theme());
    }

    /**
     * {@link #check} for a page with diagrams: after the toggle the page loads again (the state it shows is the
     * server's) and its first diagram is drawn in the new theme's palette.
     */
    private void checkWithDiagrams(String page) {
        checkIn(page, browser.theme());
        browser.switchTheme(other(browser.theme()));
        browser.open(browser.currentPath());
        browser.drawTheFirstDiagram();
        checkIn(page, browser.theme());
    }

    private static String other(String theme) {
        assertThat(theme).as("the theme a page shows").isIn("light", "dark");
        return theme.equals("light") ? "dark" : "light";
    }

    private void checkIn(String page, String theme) {
        browser.screenshot(page + "-" + theme + "-" + width);
        browser.assertFits(width, page);
        Accessibility.assertNoSeriousViolations(browser.driver(), page + " (" + theme + " theme)");
    }
}
