package dev.praxis.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Pages travel compressed, and assets are linked by their content's hash so that browsers keep them for a year. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LightPagesTests {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/praxis-[0-9a-f]{32}\\.css)\"");
    private static final Pattern LESSON_SCRIPT = Pattern.compile("src=\"(/js/lesson-[0-9a-f]{32}\\.js)\"");
    private static final Pattern MERMAID = Pattern.compile("data-mermaid=\"(/webjars/mermaid/[^\"]+/mermaid\\.min-[0-9a-f]{32}\\.js)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesStylesAndScriptsAreSentGzippedToBrowsersThatAsk() throws Exception {
        HttpResponse<byte[]> page = get("/login", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(page.body());
        assertThat(html).contains("<form");

        HttpResponse<byte[]> style = get(first(STYLESHEET, html), "gzip");
        assertThat(style.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(style.body())).contains("--");

        assertThat(get("/login", null).headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void assetsAreLinkedByTheirContentsHashAndKeptForAYear() throws Exception {
        String html = new String(get("/login", null).body(), StandardCharsets.UTF_8);
        for (Pattern asset : new Pattern[] {STYLESHEET, LESSON_SCRIPT, MERMAID}) {
            HttpResponse<byte[]> response = get(first(asset, html), null);
            assertThat(response.statusCode()).as(asset.pattern()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .contains("max-age=31536000").contains("immutable");
        }
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("the page links %s", pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
