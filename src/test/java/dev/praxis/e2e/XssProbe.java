package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.Alert;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Proves a hostile input stayed text: submit it through a real form, then check the resulting page for any sign
 * that it ran or became markup. Reusable for every free-text field (names, predictions, quiz and lab answers).
 */
public final class XssProbe {

    /** Elements and attributes no Praxis page has, so any of them means markup got in. */
    private static final String INJECTED = """
            var found = [];
            var describe = function (e) { return e.outerHTML.substring(0, 160); };
            document.querySelectorAll('*').forEach(function (e) {
              Array.prototype.forEach.call(e.attributes, function (a) {
                var value = (a.value || '').replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (a.name.toLowerCase().indexOf('on') === 0) { found.push('event handler ' + a.name + ': ' + describe(e)); }
                else if (value.indexOf('javascript:') === 0) { found.push('javascript: URL in ' + a.name + ': ' + describe(e)); }
              });
            });
            document.querySelectorAll('script').forEach(function (s) {
              if (!s.src) { found.push('inline script: ' + describe(s)); }
              else if (new URL(s.src).origin !== location.origin) { found.push('foreign script: ' + describe(s)); }
            });
            document.querySelectorAll('iframe, object, embed, base, meta[http-equiv], #xss, .xss').forEach(function (e) {
              found.push('injected element: ' + describe(e));
            });
            return found;
            """;

    private XssProbe() {
    }

    /** Types the payload into the field (replacing its content) and submits the field's form with its button. */
    public static void submit(Browser browser, String fieldCss, String payload) {
        browser.fill(fieldCss, payload);
        WebElement button = (WebElement) browser.script(
                "return arguments[0].form.querySelector('button[type=submit], button:not([type]), input[type=submit]');",
                browser.find(fieldCss));
        browser.clickAndWaitForNewPage(button);
    }

    /**
     * Asserts the current page shows no sign that the payload ran: no open dialog, no dialog call, no CSP
     * violation (the CSP would block an inline script, and its report is the tell), no element or attribute
     * the payload could have introduced.
     */
    @SuppressWarnings("unchecked")
    public static void assertInert(WebDriver driver, String payload, String pageName) {
        assertThat(openDialog(driver)).as("JavaScript dialog open on %s after submitting %s", pageName, payload)
                .isNull();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat((List<String>) js.executeScript("return window.__praxisDialogs || []"))
                .as("dialog calls on %s after submitting %s", pageName, payload).isEmpty();
        assertThat((List<String>) js.executeScript("return window.__praxisCspViolations || []"))
                .as("Content-Security-Policy violations on %s after submitting %s", pageName, payload).isEmpty();
        assertThat((List<String>) js.executeScript(INJECTED))
                .as("markup introduced on %s after submitting %s", pageName, payload).isEmpty();
    }

    /** The text of the open JavaScript dialog (which is then dismissed), or null when none is open. */
    private static String openDialog(WebDriver driver) {
        try {
            Alert alert = driver.switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            return text;
        } catch (NoAlertPresentException none) {
            return null;
        }
    }

    /** Asserts the element's text is the payload exactly: stored and shown as text, nothing evaluated or dropped. */
    public static void assertShownLiterally(WebElement element, String payload) {
        assertThat(element.getDomProperty("textContent").strip()).as("text shown for %s", payload)
                .isEqualTo(payload.strip());
    }
}
