package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.time.Duration;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The probes must be able to fail: each is shown a page with the defect it looks for. */
class HarnessSelfTests extends BrowserTest {

    @Test
    void axeReportsAnImageWithoutTextAlternative() {
        openHtml("<!DOCTYPE html><html lang=en><title>t</title><main><img src=x.png></main></html>");
        assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser.driver(), "a broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("[\"img\"]");
    }

    @Test
    void xssProbeNoticesAnInjectedHandlerThatRan() {
        openHtml("<!DOCTYPE html><html lang=en><title>t</title><img src=x.png onerror=\"alert(1)\" id=xss></html>");
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThatThrownBy(() -> XssProbe.assertInert(browser.driver(), "<img onerror>", "a broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("JavaScript dialog open");
    }

    @Test
    void xssProbeNoticesInjectedMarkupEvenWhenNothingRan() {
        openHtml("<!DOCTYPE html><html lang=en><title>t</title><a id=xss href=\"javascript:void(0)\">x</a></html>");
        assertThatThrownBy(() -> XssProbe.assertInert(browser.driver(), "<a href=javascript:>", "a broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("javascript: URL in href");
    }

    @Test
    void theWatcherRecordsCspViolationsOnPlatformPages() {
        browser.open("/");
        browser.script("var s = document.createElement('script'); s.textContent = 'window.ran = 1';"
                + " document.body.appendChild(s);");
        browser.waitUpTo(Duration.ofSeconds(5))
                .until(d -> !((List<?>) browser.script("return window.__praxisCspViolations")).isEmpty());
        assertThat(browser.script("return window.ran")).as("the CSP blocked the inline script").isNull();
    }

    private void openHtml(String html) {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
