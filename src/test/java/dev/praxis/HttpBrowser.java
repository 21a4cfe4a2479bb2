package dev.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.account.PraxisUser;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser over real HTTP: its own cookies, no redirects followed, and the CSRF token of its session. The one way
 * tests against a running server ({@code RANDOM_PORT}) sign in; MockMvc tests use {@code user(...)} instead.
 */
public final class HttpBrowser {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public final HttpClient http;
    public final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String base;
    /** The signed-in session's CSRF token, once {@link #signedIn} has run. */
    public String csrf;

    /** A browser of the server on this port of the local machine. */
    public static HttpBrowser onPort(int port) {
        return new HttpBrowser("http://localhost:" + port);
    }

    public HttpBrowser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public HttpResponse<String> postForm(String path, String... namesAndValues) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(encode(namesAndValues[i])).append('=')
                    .append(encode(namesAndValues[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in page's form token, which comes with its cookie. */
    public String formToken() throws Exception {
        Matcher matcher = FORM_CSRF.matcher(get("/login").body());
        assertThat(matcher.find()).as("the sign-in form's CSRF token").isTrue();
        return matcher.group(1);
    }

    public HttpResponse<String> signIn(String email, String password, boolean remember) throws Exception {
        String token = formToken();
        return remember ? postForm("/login", "username", email, "password", password, "remember-me", "on", "_csrf", token)
                : postForm("/login", "username", email, "password", password, "_csrf", token);
    }

    /** Signs in and keeps the session's CSRF token for later posts. */
    public HttpBrowser signedIn(String email, String password) throws Exception {
        HttpResponse<String> signIn = signIn(email, password, false);
        assertThat(signIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(location ->
                assertThat(location).doesNotContain("/login"));
        Matcher token = META_CSRF.matcher(get("/settings").body());
        assertThat(token.find()).as("the signed-in page's CSRF token").isTrue();
        csrf = token.group(1);
        return this;
    }

    /** Signs in as a test user (whose password is {@link TestUsers#PASSWORD}), as {@link #signedIn(String, String)}. */
    public HttpBrowser signedIn(PraxisUser user) throws Exception {
        return signedIn(user.email(), TestUsers.PASSWORD);
    }

    public boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream().anyMatch(cookie -> cookie.getName().equals(name));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
