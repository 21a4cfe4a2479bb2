package dev.praxis.e2e;

import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every browser test: the whole platform on a free port and one headless Chromium per test class.
 * Subclasses must not add context configuration, so that all browser tests (and other real-server tests with
 * the same annotations) share one cached Spring context. Each test starts signed out, with the default theme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static Browser shared;

    @LocalServerPort
    private int port;

    /** The class's browser, reset for the current test. */
    protected Browser browser;

    @BeforeAll
    static void startBrowser() {
        shared = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    @BeforeEach
    void resetBrowser(TestInfo test) {
        String method = test.getTestMethod().map(Method::getName).orElse("test");
        String name = getClass().getSimpleName() + "." + method
                + (test.getDisplayName().equals(method + "()") ? "" : "." + test.getDisplayName());
        shared.reset("http://localhost:" + port, name);
        browser = shared;
    }
}
