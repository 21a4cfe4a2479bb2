package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium aimed at the running platform, with the steps every journey needs (register, sign in,
 * sign out, theme) and screenshots per test and step. Shared by all tests of a class; {@link #reset} between tests.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private String baseUrl = "http://localhost";
    private String testName = "unnamed";

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("praxis-chromium-");
            return new Browser(Chromium.start(profile), profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary Chromium profile directory", e);
        }
    }

    /** Points the browser at a server and names the test whose screenshots follow; signs out, forgets the theme. */
    void reset(String baseUrl, String testName) {
        this.baseUrl = baseUrl;
        this.testName = testName;
        // through DevTools rather than a page visit: no navigation, so resetting costs next to nothing
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        Chromium.focusAlways(driver);
    }

    /**
     * Lays pages out as a screen this many CSS pixels wide: below 600 a phone (touch, mobile viewport, three device
     * pixels per CSS pixel), else a desktop window. Lasts until {@link #reset}.
     */
    public Browser useWidth(int width, int height) {
        boolean phone = width < 600;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", phone ? 3 : 1, "mobile", phone));
        return this;
    }

    /** How wide the current page is laid out, in CSS pixels: wider than the screen means sideways scrolling. */
    public long pageWidth() {
        return ((Number) script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
                .longValue();
    }

    /** The elements sticking out past the right edge of a screen this wide (outside any scrolling box). */
    @SuppressWarnings("unchecked")
    public List<String> overflowing(int width) {
        return (List<String>) script("""
                var width = arguments[0], out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right <= width + 1 || r.width === 0) { return; }
                  for (var p = e.parentElement; p; p = p.parentElement) {
                    if (['auto', 'scroll', 'hidden'].indexOf(getComputedStyle(p).overflowX) >= 0) { return; }
                  }
                  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(r.right));
                });
                return out.slice(0, 15);
                """, width);
    }

    /**
     * Fails when the current page is wider than a screen this wide, naming what sticks out. What sticks out is looked
     * for only then: the search asks for the style of every element's parents, which takes long on a lesson page.
     */
    public Browser assertFits(int width, String page) {
        assertThat(pageWidth()).as(() -> String.format("width of %s (%s) on a %d px screen; sticking out: %s", page,
                currentPath(), width, overflowing(width))).isLessThanOrEqualTo(width);
        return this;
    }

    /** Whether the element's top edge is inside the window now, below whatever sticky header covers the top. */
    public boolean inView(WebElement element) {
        return Boolean.TRUE.equals(script("""
                var r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.top < window.innerHeight;
                """, element));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Browser open(String path) {
        driver.get(url(path));
        return this;
    }

    /**
     * Opens a page for the keyboard: once it has loaded, has the focus and has a focusable element, so the first key
     * reaches the page and not the browser around it.
     */
    public Browser openForKeyboard(String path) {
        open(path);
        waitUpTo(Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(script("""
                return document.readyState === 'complete' && document.hasFocus()
                    && document.querySelector('a[href], button, input, select, textarea') !== null""")));
        return this;
    }

    /** The path and query of the current page, e.g. {@code /?welcome}. */
    public String currentPath() {
        String current = driver.getCurrentUrl();
        return current.startsWith(baseUrl) ? current.substring(baseUrl.length()) : current;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Lesson diagrams are drawn once they come near the viewport: scrolls the page's first diagram into view, waits
     * until it is drawn, and goes back to the top.
     */
    public void drawTheFirstDiagram() {
        script("var pre = document.querySelector('pre.mermaid'); if (pre) { pre.scrollIntoView(); }");
        waitUpTo(Duration.ofSeconds(15)).until(d -> !findAll(".mermaid-figure svg").isEmpty());
        script("window.scrollTo(0, 0)");
    }

    /** Half a screen at a time with a pause, as a reader moves on, until the bottom of the page stays in view. */
    public void scrollToTheEndLikeAReader() {
        long previous = -1;
        for (int step = 0; step < 3000; step++) {
            long position = ((Number) script(
                    "window.scrollBy(0, Math.round(window.innerHeight / 2)); return Math.round(window.scrollY);"))
                    .longValue();
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scrolling", e);
            }
            if (position == previous) {
                return;
            }
            previous = position;
        }
        throw new AssertionError("the page never reached its end while scrolling");
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /**
     * Fills a field, replacing what was there. Chromium's DevTools can report a just-found element as belonging to
     * a document that is being replaced (the page settling after a load); then the field is found again and filled
     * afresh, for at most five seconds.
     */
    public Browser fill(String css, String value) {
        waitUpTo(Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                WebElement field = find(css);
                field.clear();
                field.sendKeys(value);
                return true;
            } catch (WebDriverException e) {
                if (belongsToAReplacedDocument(e)) {
                    return false;
                }
                throw e;
            }
        });
        return this;
    }

    /** Registers through the form; leaves the browser on whatever page the platform answers with. */
    public Browser submitRegistration(String email, String displayName, String password) {
        open("/register");
        fill("#email", email).fill("#displayName", displayName).fill("#password", password);
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        return this;
    }

    /** Registers and checks the new learner lands signed in on the home page. */
    public Browser register(String email, String displayName, String password) {
        submitRegistration(email, displayName, password);
        assertThat(currentPath()).as("after registering %s", email).isEqualTo("/?welcome");
        assertThat(signedInName()).isEqualTo(displayName.trim());
        return this;
    }

    public Browser signIn(String email, String password) {
        return signIn(email, password, false);
    }

    /** Signs in through the form and checks it worked (lands off the sign-in page with a name in the header). */
    public Browser signIn(String email, String password, boolean rememberMe) {
        open("/login");
        fill("#username", email).fill("#password", password);
        WebElement remember = find("#remember-me");
        if (remember.isSelected() != rememberMe) {
            remember.click();
        }
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(currentPath()).as("after signing in as %s", email).doesNotStartWith("/login");
        assertThat(findAll("header .user-name")).as("name in the header after signing in as %s", email).hasSize(1);
        return this;
    }

    /** Signs out with the header's button and checks the header offers sign-in again. */
    public Browser signOut() {
        unfoldTheMenu();
        clickAndWaitForNewPage(find("header form[action$='/logout'] button"));
        assertThat(currentPath()).isEqualTo("/?signedout");
        assertThat(findAll("header .user-name")).isEmpty();
        return this;
    }

    /** The display name shown in the header, or null when signed out. */
    public String signedInName() {
        List<WebElement> name = findAll("header .user-name");
        return name.isEmpty() ? null : name.get(0).getDomProperty("textContent").strip();
    }

    /** On a phone the header's links sit behind its Menu button: opens it when it is shown and closed. */
    public Browser unfoldTheMenu() {
        List<WebElement> toggle = findAll("header [data-fold-toggle]");
        if (!toggle.isEmpty() && toggle.get(0).isDisplayed()
                && "false".equals(toggle.get(0).getDomAttribute("aria-expanded"))) {
            toggle.get(0).click();
        }
        return this;
    }

    /** Clicks the header's theme toggle (auto, light, dark, ...) until the page shows the wanted theme. */
    public Browser chooseTheme(String theme) {
        unfoldTheMenu();
        for (int click = 0; click < 3 && !theme.equals(theme()); click++) {
            // on a phone the toggle sits in the menu just unfolded: it takes clicks once it is shown (a CI run at
            // 390 px once clicked it a moment before)
            waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                    "[data-theme-toggle]"))).click();
        }
        assertThat(theme()).as("theme after using the toggle").isEqualTo(theme);
        assertThat(script("return localStorage.getItem('praxis-theme')")).isEqualTo(theme);
        return this;
    }

    /**
     * Switches the page shown to the wanted theme with the header's theme toggle, clicked from a script so that a
     * phone's folded menu stays as it is (the page keeps its layout); the choice is kept for the next pages.
     */
    public Browser switchTheme(String theme) {
        WebElement toggle = find("[data-theme-toggle]");
        for (int click = 0; click < 3 && !theme.equals(theme()); click++) {
            script("arguments[0].click()", toggle);
        }
        assertThat(theme()).as("theme after using the toggle").isEqualTo(theme);
        assertThat(script("return localStorage.getItem('praxis-theme')")).isEqualTo(theme);
        return this;
    }

    public String theme() {
        return driver.findElement(By.tagName("html")).getDomAttribute("data-theme");
    }

    /**
     * Clicks something that navigates and waits until the new document has loaded. The element is first scrolled
     * to the middle of the window, so the sticky header never covers it.
     */
    public void clickAndWaitForNewPage(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForNewPage(html);
    }

    /** Waits until the given element of the previous document is gone and the new document has loaded. */
    public void waitForNewPage(WebElement oldHtml) {
        WebDriverWait wait = waitUpTo(Duration.ofSeconds(15));
        wait.until(d -> isGone(oldHtml));
        wait.until(d -> "complete".equals(script("return document.readyState")));
    }

    /**
     * Whether an element's document has been replaced. Selenium's staleness check expects a stale-element error;
     * Chromium 156 sometimes answers instead that the node "does not belong to the document", which means the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (belongsToAReplacedDocument(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean belongsToAReplacedDocument(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /** Saves the visible page as {@code target/e2e-screenshots/<test>/<step>.png}. */
    public Path screenshot(String step) {
        Path file = SCREENSHOTS.resolve(safe(testName)).resolve(safe(step) + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + file, e);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-*\\.-*", ".")
                .replaceAll("^-+|-+$", "");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the Chromium profile " + profile, e);
        }
    }
}
