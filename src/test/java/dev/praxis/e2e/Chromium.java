package dev.praxis.e2e;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the Debian chromium and chromium-driver, headless, with a fresh profile. The driver path is always given
 * to Selenium, so Selenium Manager is never consulted and never reaches for the network.
 */
final class Chromium {

    static final String BROWSER_ENV = "PRAXIS_CHROMIUM";
    static final String DRIVER_ENV = "PRAXIS_CHROMEDRIVER";

    /**
     * Runs in every new document before the page's own scripts; DevTools injection is not subject to the page's
     * CSP. It records CSP violations and dialog calls so the XSS probe can see attempts the CSP blocked.
     */
    private static final String WATCHER = """
            window.__praxisCspViolations = [];
            window.__praxisDialogs = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__praxisCspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
                + (e.sample ? ': ' + e.sample : ''));
            });
            ['alert', 'confirm', 'prompt'].forEach(function (name) {
              var original = window[name];
              window[name] = function (message) {
                window.__praxisDialogs.push(name + '(' + message + ')');
                return original.apply(window, arguments);
              };
            });
            """;

    /**
     * Selenium warns that it has no DevTools bindings for a Chromium newer than itself; the harness only sends
     * raw DevTools commands, which need none. Held here so the setting outlives garbage collection.
     */
    private static final Logger CDP_VERSION_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private Chromium() {
    }

    static ChromeDriver start(Path profile) {
        File browser = executable(BROWSER_ENV, "/usr/bin/chromium", "chromium");
        File driver = executable(DRIVER_ENV, "/usr/bin/chromedriver", "chromium-driver");
        // belt and braces: even if some code path asked Selenium Manager, it must not phone home
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.getAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        // a dialog opened by an injected script must stay open so the test can see it, not be dismissed silently
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCHER));
        focusAlways(chrome);
        return chrome;
    }

    /**
     * The page behaves as focused whatever the browser window's own focus (headless, on a busy machine), so a key sent
     * to a freshly opened page moves the focus in it: one CI run in nine sent the first Tab of a page while the window
     * did not have the focus, and the focus stayed on {@code body}. Lasts for the tab, across navigations.
     */
    static void focusAlways(ChromeDriver chrome) {
        chrome.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static File executable(String variable, String fallback, String debianPackage) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            throw new IllegalStateException("Browser tests need " + file + " (set " + variable
                    + " to override). On Debian/Ubuntu install it with: apt-get install chromium chromium-driver"
                    + " (missing: " + debianPackage + ").");
        }
        return file;
    }
}
