package dev.praxis.content.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.LargeTreeGenerator;
import dev.praxis.content.markdown.MarkdownRenderer;
import dev.praxis.content.markdown.Regions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer's own markup cleaned without parsing the whole page gives exactly what jsoup's parse, allowlist and
 * serialisation give, on every page of the real tree, a generated tree, and pages made of the XSS corpus; and
 * anything it cannot promise (raw HTML, odd entities) goes through jsoup.
 */
class RenderedMarkupTests {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final RenderedMarkup MARKUP = new RenderedMarkup(new ContentSanitizer.RelativeLinks(
            ContentSanitizer.safelist()));

    @TempDir
    Path generated;

    @Test
    void everyPageOfTheRealTreeCleansAsJsoupCleansIt() throws Exception {
        int[] taken = sameAsJsoup(pages(Path.of("content")));
        assertThat(taken[1]).isGreaterThan(5);
        assertThat(taken[0]).as("pages cleaned without jsoup's parse, of %d", taken[1]).isEqualTo(taken[1]);
    }

    @Test
    void everyGeneratedPageCleansAsJsoupCleansIt() throws Exception {
        LargeTreeGenerator.generate(generated, 40, 30_000);
        int[] taken = sameAsJsoup(pages(generated));
        assertThat(taken[0]).as("pages cleaned without jsoup's parse, of %d", taken[1]).isEqualTo(taken[1]);
    }

    @Test
    void hostileMarkupIsLeftToJsoupOrCleanedAsJsoupCleansIt() throws IOException {
        List<String> payloads = Files.readAllLines(Path.of("src/test/resources/xss/payloads.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        assertThat(payloads).hasSizeGreaterThan(30);
        for (String payload : payloads) {
            for (String markdown : List.of(payload, "Text " + payload + " more.", "[link](" + payload + ")",
                    "![image](" + payload + ")", "`" + payload + "`", "```\n" + payload + "\n```",
                    "| a | b |\n|---|---|\n| " + payload + " | x |", "> " + payload, "- [ ] " + payload,
                    "<div>\n" + payload + "\n</div>", "**" + payload + "**", "[x](/ok \"" + payload + "\")")) {
                String html = RENDERER.render(RENDERER.parse(markdown, "x"));
                String fast = MARKUP.clean(html);
                if (fast != null) {
                    assertThat(fast).as("%s", markdown).isEqualTo(jsoup(html));
                    assertThat(fast.toLowerCase()).as("%s", markdown).doesNotContain("<script").doesNotContain("<iframe")
                            .doesNotContain("<svg").doesNotContain("<body");
                }
            }
        }
    }

    @Test
    void wellFormedRawHtmlCleansAsJsoupCleansItAndTheRestGoesThroughJsoup() {
        for (String markdown : List.of("[a](https://example.org/x?y=1#z) [b](http://example.org) [c](ftp://x/y)",
                "![i](https://example.org/i.png) ![j](data:image/png;base64,AAAA) [m](mailto:a@example.org)",
                "[j](javascript:alert(1)) [k](JAVASCRIPT:alert(1)) [l](https://a.example/\\evil) [n](//evil.example)",
                "> [q](https://example.org/q)", "<blockquote cite=\"https://x.example\">q</blockquote>",
                "<a href=\"https://x.example\" rel=\"noopener\" target=\"_blank\">x</a>",
                "<img src=\"http://x.example/a.png\" alt=\"a\">", "<a href=\"https:\">bare</a>",
                "<b>bold</b> text", "a <span onclick=\"x()\">b</span>",
                "<p>para <div>block</div></p>", "<table><tr><td>x</td></tr></table>", "<ul><li>a<li>b</ul>")) {
            String html = RENDERER.render(RENDERER.parse(markdown, "x"));
            String fast = MARKUP.clean(html);
            assertThat(fast == null || fast.equals(jsoup(html))).as(markdown).isTrue();
        }
        assertThat(MARKUP.clean(RENDERER.render(RENDERER.parse("a <span onclick=\"x()\">b</span>", "x"))))
                .as("the event handler dropped as jsoup drops it").isEqualTo("<p>a <span>b</span></p>\n");
        for (String markdown : List.of("<div>&copy; 2026</div>", "<p>para <div>block</div></p>",
                "<ul><li>a<li>b</ul>", "<table><tr><td>x</td></tr></table>", "<i><b>x</i></b>")) {
            assertThat(MARKUP.clean(RENDERER.render(RENDERER.parse(markdown, "x")))).as(markdown).isNull();
        }
    }

    /** {taken by the fast path, pages}, asserting each taken page equals jsoup's result. */
    private static int[] sameAsJsoup(List<Path> pages) throws Exception {
        int taken = 0;
        for (Path page : pages) {
            String source = Files.readString(page);
            FrontMatter frontMatter = FrontMatter.split(page.toString(), source);
            String body = page.toString().endsWith(".mdx") ? MdxConverter.convert(frontMatter.body(), "x")
                    : frontMatter.body();
            String html = RENDERER.render(RENDERER.parse(body, "x"));
            String fast = MARKUP.clean(html);
            if (fast != null) {
                taken++;
                assertThat(fast).as("%s", page).isEqualTo(jsoup(html));
            }
        }
        return new int[] {taken, pages.size()};
    }

    private static String jsoup(String html) {
        Element body = ContentSanitizer.cleanDocument(html).body();
        return body.html();
    }

    private static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(path -> path.toString().endsWith(".md")
                    || path.toString().endsWith(".mdx")).sorted().toList());
        }
    }
}
