package dev.praxis.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CopyFreeInlineParser} reads text exactly as flexmark's own inline parser does; it only stops copying the
 * paragraph on each match. It subclasses a flexmark {@code internal} class (there is no public way to replace the
 * inline parser: {@code InlineParserFactory} itself takes an internal type), so these cases are what tell a flexmark
 * upgrade that changed those internals.
 */
class CopyFreeInlineParserTests {

    private static final Parser STOCK = Parser.builder().build();
    private static final Parser COPY_FREE = CopyFreeInlineParser.install(Parser.builder()).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    /** Pieces of the inline syntax whose parsing goes through the rewritten regex helpers, and text around them. */
    private static final List<String> PIECES = List.of("`", "``", "[", "]", "(", ")", "<", ">", "!", "*", "_", "\\",
            "&amp;", "&#x41;", "&nbsp", "http://example.org/a_b", "<https://example.org>", "<a@b.org>", "<span class=\"x\">",
            "</span>", "<!-- note -->", "\"title\"", "'t'", "[ref]", "[ref]: /target \"Title\"\n", "](/path)", "![img](p.png)",
            " ", "  ", "\n", "\n\n", "word", "слово", "1.", "- ", "#");

    @Property(tries = 300)
    void anyMixOfInlineSyntaxRendersAsWithFlexmarksOwnParser(@ForAll("markdown") String markdown) {
        assertThat(render(COPY_FREE, markdown)).isEqualTo(render(STOCK, markdown));
    }

    @Example
    void everyFixturePageRendersAsWithFlexmarksOwnParser() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/content")), Files.walk(Path.of("content")))) {
            pages = files.filter(file -> file.toString().endsWith(".md") || file.toString().endsWith(".mdx")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            String markdown = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(render(COPY_FREE, markdown)).as(page.toString()).isEqualTo(render(STOCK, markdown));
        }
    }

    @Example
    void aLongParagraphOfCodeSpansAndLinksKeepsEveryOne() {
        String markdown = "Run `make` and read [the guide](/guide) then <https://example.org>. ".repeat(2_000);

        String html = render(COPY_FREE, markdown);

        assertThat(html.split("<code>make</code>", -1)).hasSize(2_001);
        assertThat(html.split("<a href=\"/guide\">the guide</a>", -1)).hasSize(2_001);
    }

    @Example
    void aLessonsReferenceLinksBecomeLinks() {
        MarkdownRenderer lessons = new MarkdownRenderer();

        String html = lessons.render(lessons.parse(
                "Read [the guide][guide] first.\n\n[guide]: https://example.org/guide \"The guide\"\n", "page"));

        assertThat(html).contains("<a href=\"https://example.org/guide\" title=\"The guide\"")
                .contains(">the guide</a> first.").doesNotContain("[guide]");
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    private static String render(Parser parser, String markdown) {
        return HTML.render(parser.parse(markdown));
    }
}
