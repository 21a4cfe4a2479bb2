/**
 * Browser tests: the whole platform on a free port driven by one headless Chromium per test class
 * ({@code PRAXIS_CHROMIUM}, {@code PRAXIS_CHROMEDRIVER}). {@link dev.praxis.e2e.BrowserTest} is the base every class
 * shares, so they all run in one Spring context; {@link dev.praxis.e2e.Browser} signs in, opens pages, waits and takes
 * screenshots; {@link dev.praxis.e2e.Accessibility} runs axe-core on a page; the XSS probes
 * ({@link dev.praxis.e2e.XssPayloads}, {@link dev.praxis.e2e.XssProbe}) report any script a payload ran.
 * A test that needs content of its own (the rubric editor's journey) says so and has its own context.
 */
package dev.praxis.e2e;
