package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registration, sign-out and sign-in, a prediction and a quiz answer with the keyboard alone, with a visible focus
 * at every stop.
 */
class KeyboardTests extends BrowserTest {

    private static final String FOCUS = """
            var e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
            var text = e.tagName === 'INPUT' || e.tagName === 'BODY' ? '' : (e.innerText || '').trim();
            return { name: e.id || text || e.tagName.toLowerCase(),
                     ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
                     onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0
                               && r.left < innerWidth && r.top < innerHeight
                               && (r.bottom <= innerHeight || e.contains(document.elementFromPoint(r.left + 2, r.top + 2))) };
            """;

    private static final int MAX_TABS = 150;

    private final List<String> stops = new ArrayList<>();

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLearnerRegistersSignsOutAndSignsInWithTheKeyboardOnly() {
        String email = TestUsers.uniqueEmail("keyboard");
        browser.openForKeyboard("/register");

        press(Keys.TAB);
        assertThat(stops).as("the first Tab stop on a page").containsExactly("Skip to content");
        browser.screenshot("1-skip-link-focused");
        // the skip link moves the reading position, not the focus (main is not focusable): the next Tab goes in
        type(Keys.ENTER);
        assertThat(browser.currentPath()).isEqualTo("/register#main");
        press(Keys.TAB);
        type(email);
        press(Keys.TAB);
        type("Keyboard Learner");
        press(Keys.TAB);
        type(TestUsers.PASSWORD);
        press(Keys.TAB);
        browser.screenshot("2-submit-focused");
        assertThat(stops).as("Tab order on the registration page, skip link first")
                .containsExactly("Skip to content", "email", "displayName", "password", "Create account");
        submitWith(Keys.ENTER);
        assertThat(browser.currentPath()).isEqualTo("/?welcome");
        assertThat(browser.signedInName()).isEqualTo("Keyboard Learner");

        stops.clear();
        for (int i = 0; i < 20 && !stops.contains("Sign out"); i++) {
            press(Keys.TAB);
        }
        assertThat(stops).as("Tab order through the signed-in header")
                .startsWith("Skip to content", "Praxis", "Catalog")
                .contains("site-search-q", "Theme: auto", "Keyboard Learner")
                .endsWith("Sign out");
        browser.screenshot("3-sign-out-focused");
        submitWith(Keys.ENTER);
        assertThat(browser.currentPath()).isEqualTo("/?signedout");

        browser.openForKeyboard("/login");
        stops.clear();
        assertThat(focus().get("name")).as("the sign-in page focuses the email field").isEqualTo("username");
        type(email);
        press(Keys.TAB);
        type(TestUsers.PASSWORD);
        press(Keys.TAB);
        press(Keys.SPACE);
        assertThat(browser.find("#remember-me").isSelected()).as("Space ticks the remember-me box").isTrue();
        press(Keys.TAB);
        browser.screenshot("4-sign-in-focused");
        assertThat(stops).containsExactly("password", "remember-me", "remember-me", "Sign in");
        submitWith(Keys.ENTER);
        assertThat(browser.signedInName()).isEqualTo("Keyboard Learner");
    }

    @Test
    void aLearnerCommitsAPredictionWithTheKeyboardAndTheFocusLandsOnTheReveal() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "keyboard-predict", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).openForKeyboard(Flagship.LESSON);
        tabUntil("prediction-1");
        type("The local LLM learner hits VRAM first; the API-first learner hits RAM.");
        press(Keys.TAB);
        assertThat(stops.get(stops.size() - 1)).isEqualTo("Commit my prediction");
        browser.screenshot("1-commit-focused");
        type(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> "Explanation".equals(focus().get("name")));
        assertThat(browser.script("return document.activeElement.closest('.prediction__reveal') !== null"))
                .as("the focus is in the reveal").isEqualTo(true);
        assertThat(browser.find("#prompt-1 .prediction__body").getText())
                .isEqualTo("The local LLM learner hits VRAM first; the API-first learner hits RAM.");
        browser.screenshot("2-reveal-focused");
    }

    @Test
    void aLearnerAnswersAQuizQuestionAndSubmitsWithTheKeyboard() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "keyboard-quiz", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).openForKeyboard(Flagship.QUIZ);
        WebElement status = browser.find("[data-autosave-status]");
        assertThat(status.getDomAttribute("role")).isEqualTo("status");
        assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
        String firstAnswer = browser.find("textarea[data-question-id]").getDomAttribute("id");
        tabUntil(firstAnswer);
        type(Flagship.quizAnswers(0).get(0));
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> status.getText().startsWith("Saved"));
        browser.screenshot("1-answer-saved");
        tabUntil("Submit my answers for grading");
        browser.screenshot("2-submit-focused");
        submitWith(Keys.ENTER);
        assertThat(browser.currentPath()).matches("/quiz/attempts/\\d+");
        assertThat(browser.find(".answer-feedback h2 .badge").getText()).isEqualTo("correct");
    }

    /** Tabs forward, checking every stop, until the focus is on the named element. */
    private void tabUntil(String name) {
        for (int i = 0; i < MAX_TABS && !stops.contains(name); i++) {
            press(Keys.TAB);
        }
        assertThat(stops).as("Tab stops on the way to %s", name).contains(name);
    }

    /** Presses a key, then records where the focus went and checks that a sighted keyboard user can see it. */
    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        Map<String, Object> focus = focus();
        String stop = String.valueOf(focus.get("name"));
        stops.add(stop);
        if (!"body".equals(stop)) {
            assertThat(focus.get("ring")).as("visible focus ring on %s", stop).isEqualTo(true);
            assertThat(focus.get("onScreen")).as("%s is on screen when focused", stop).isEqualTo(true);
        }
    }

    private void type(CharSequence text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    private void submitWith(CharSequence key) {
        WebElement html = browser.find("html");
        new Actions(browser.driver()).sendKeys(key).perform();
        browser.waitForNewPage(html);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus() {
        return (Map<String, Object>) browser.script(FOCUS);
    }
}
