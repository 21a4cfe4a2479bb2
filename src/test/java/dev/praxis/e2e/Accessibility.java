package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the current page. The script is the axe-core webjar on the test classpath, injected by the
 * driver (a DevTools evaluation the page's CSP does not govern), so the platform never serves it.
 */
public final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            var excluded = arguments[0].map(function (css) { return [css]; });
            axe.run(excluded.length ? { exclude: excluded } : document, { resultTypes: ['violations'] }).then(function (results) {
              done(results.violations.map(function (v) {
                return { id: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(function (n) {
                    return JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                  }) };
              }));
            }, function (error) { done('axe failed: ' + error); });
            """;

    private static String axeSource;

    private Accessibility() {
    }

    /** A violation axe found: rule id, impact, the rule's help text and link, and the offending nodes. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> nodes) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        String describe() {
            return id + " (" + impact + "): " + help + " <" + helpUrl + ">\n      "
                    + String.join("\n      ", nodes);
        }
    }

    /** Fails with every serious or critical violation on the current page: rule id, targets and help. */
    public static void assertNoSeriousViolations(WebDriver driver, String pageName) {
        List<Violation> blocking = violations(driver).stream().filter(Violation::blocking).toList();
        if (!blocking.isEmpty()) {
            fail("axe-core found %d serious or critical accessibility violation(s) on %s (%s):%n  %s",
                    blocking.size(), pageName, driver.getCurrentUrl(),
                    blocking.stream().map(Violation::describe).collect(Collectors.joining("\n  ")));
        }
    }

    /** Every violation axe reports on the current page, whatever its impact. */
    public static List<Violation> violations(WebDriver driver) {
        return violations(driver, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> violations(WebDriver driver, List<String> excludedParts) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        Object answer = js.executeAsyncScript(RUN, excludedParts);
        if (!(answer instanceof List<?> list)) {
            throw new IllegalStateException("axe-core did not run on " + driver.getCurrentUrl() + ": " + answer);
        }
        return list.stream().map(item -> (Map<String, Object>) item)
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("nodes")))
                .toList();
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test classpath: the pom must declare "
                            + "org.webjars.npm:axe-core ${axe-core.version} with test scope");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + AXE, e);
            }
        }
        return axeSource;
    }
}
