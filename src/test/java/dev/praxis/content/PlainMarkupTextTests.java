package dev.praxis.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text of simple markup read without jsoup is exactly jsoup's, on every line and page the renderer makes of the
 * real tree and a generated one, and on 50,000 random fragments; what it cannot promise goes to jsoup.
 */
class PlainMarkupTextTests {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @TempDir
    Path generated;

    @Test
    void everyRenderedLineOfTheRealAndAGeneratedTreeReadsAsJsoupReadsIt() throws IOException {
        LargeTreeGenerator.generate(generated, 30, 20_000);
        int[] taken = new int[2];
        for (Path root : List.of(Path.of("content"), generated)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path page : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                    String html = RENDERER.render(RENDERER.parse(Files.readString(page), "x"));
                    compare(html, taken);
                    for (String line : html.split("\n")) {
                        compare(line, taken);
                    }
                }
            }
        }
        assertThat(taken[1]).isGreaterThan(10_000);
        assertThat(taken[0]).as("lines read without jsoup, of %d", taken[1]).isGreaterThan(taken[1] / 3);
    }

    @Test
    void randomFragmentsReadAsJsoupReadsThemOrGoToJsoup() {
        Random random = new Random(17);
        int[] taken = new int[2];
        for (int i = 0; i < 50_000; i++) {
            compare(fragment(random), taken);
        }
        assertThat(taken[0]).as("fragments read without jsoup, of %d", taken[1]).isGreaterThan(taken[1] / 5);
    }

    @Test
    void blocksAndBreaksAreSpacedAsJsoupSpacesThem() {
        for (String html : List.of("<p>a</p>b", "<p>a</p><em>b</em>", "<p>a</p>\n<p>b</p>", "<p>a</p><p>b</p>",
                "a<br>b", "<br>b", "a <br/> b", "x<p></p>y", "<p> a </p>", "<em>a</em><p>b</p>", "a&amp;b &lt;c&gt; &quot;d&#39;",
                "<a href=\"/x?y=1&amp;z=2\" title=\"a > b\">link</a> text", "  \n lead", "<code>x</code>\t<kbd>y</kbd>")) {
            assertThat(PlainMarkupText.of(html)).as(html).isEqualTo(HtmlText.jsoupText(html));
        }
        for (String html : List.of("<div>a</div>", "<p>a<p>b", "<em>a<p>b</p></em>", "<i><b>x</i></b>", "a &copy; b",
                "a\u00a0b", "a\u200bb", "<!-- c -->x", "<P>x</P>", "<a href=x>y</a>", "<pre>a  b</pre>", "a < b",
                "<a>x<a>y</a></a>", "x\ry")) {
            assertThat(PlainMarkupText.of(html)).as(html).isNull();
            assertThat(HtmlText.of(html)).as(html).isEqualTo(HtmlText.jsoupText(html));
        }
        assertThat(HtmlText.of("<h2>Title <a aria-hidden=\"true\" href=\"#t\">#</a></h2>")).isEqualTo("Title");
    }

    private static void compare(String html, int[] taken) {
        taken[1]++;
        String fast = PlainMarkupText.of(html);
        if (fast != null) {
            taken[0]++;
            assertThat(fast).as("%s", html).isEqualTo(HtmlText.jsoupText(html));
        }
    }

    private static final List<String> TAGS = List.of("a", "b", "i", "u", "s", "em", "strong", "code", "kbd", "samp",
            "var", "cite", "abbr", "mark", "q", "sub", "sup", "span", "small", "p", "p", "p", "div", "li", "h2", "pre");
    private static final List<String> TEXTS = List.of("word", "two words", " ", "  ", "\n", "\t", " \n ", "&amp;",
            "&lt;", "&gt;", "&quot;", "&#39;", "&copy;", "&nbsp;", "\u00a0", "é", "日本", "x.y", "(", "&", "<", "f(x)=1;",
            "\u00ad", "a;b");

    /** Mostly well-formed fragments of the tags above, sometimes broken on purpose. */
    private static String fragment(Random random) {
        StringBuilder html = new StringBuilder();
        ArrayDeque<String> open = new ArrayDeque<>();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                html.append(TEXTS.get(random.nextInt(TEXTS.size())));
            } else if (kind < 7) {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                html.append('<').append(tag);
                if (random.nextInt(3) == 0) {
                    html.append(random.nextBoolean() ? " class=\"c\"" : " href='/x?a=1&amp;b=\"2\"' title=\"a>b\"");
                }
                html.append('>');
                open.push(tag);
            } else if (kind < 9 && !open.isEmpty()) {
                String tag = random.nextInt(15) == 0 ? TAGS.get(random.nextInt(TAGS.size())) : open.pop();
                html.append("</").append(tag).append('>');
            } else {
                html.append(random.nextBoolean() ? "<br>" : "<br />");
            }
        }
        while (!open.isEmpty() && random.nextInt(8) != 0) {
            html.append("</").append(open.pop()).append('>');
        }
        return html.toString();
    }
}
