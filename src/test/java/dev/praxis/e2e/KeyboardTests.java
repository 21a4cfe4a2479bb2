package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Registration, sign-out and sign-in with the keyboard alone, with a visible focus at every stop. */
class KeyboardTests extends BrowserTest {

    private static final String FOCUS = """
            var e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
            var text = e.tagName === 'INPUT' || e.tagName === 'BODY' ? '' : (e.innerText || '').trim();
            return { name: e.id || text || e.tagName.toLowerCase(),
                     ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
                     onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0
                               && r.right <= innerWidth && r.bottom <= innerHeight };
            """;

    private final List<String> stops = new ArrayList<>();

    @Test
    void aLearnerRegistersSignsOutAndSignsInWithTheKeyboardOnly() {
        String email = TestUsers.uniqueEmail("keyboard");
        browser.open("/register");

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

        browser.open("/login");
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
