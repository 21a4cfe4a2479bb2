package dev.praxis.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeHighlighterTests {

    @Test
    void aShellCommandIsColouredPieceByPiece() {
        String html = CodeHighlighter.highlight("bash", "echo \"VRAM: $GPU\" | grep -i total # the card").orElseThrow();

        Document code = Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>");
        assertThat(code.select(".hl-comment").text()).isEqualTo("# the card");
        assertThat(code.select(".hl-string").text()).contains("\"VRAM:");
        assertThat(code.select(".hl-variable").text()).contains("$GPU");
        assertThat(code.select(".hl-function").eachText()).contains("echo", "grep");
    }

    @Test
    void aStringOverSeveralLinesStaysAString() {
        String html = CodeHighlighter.highlight("python", "x = 1\n\"\"\"first\nsecond\"\"\"\ny = 2").orElseThrow();

        assertThat(Jsoup.parseBodyFragment(html).select(".hl-string").text()).contains("second");
        assertThat(html.split("\n", -1)).as("lines kept").hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "yaml|apiVersion: v1\\nkind: Pod  # <script>alert(1)</script>\\nmetadata: {name: \"a&b\"}",
            "json|{\"vramBytes\": 25769803776, \"ok\": true, \"text\": \"<b>\"}",
            "java|class A { /* open comment\\n still */ String s = \"unterminated; }",
            "bash|cat <<EOF > f.txt\\n<tag attr='x'>&amp;\\nEOF\\nprintf '%s' \"$(uname -a)\"",
            "html|<div class=\"x\" onclick=\"alert(1)\">&lt;&gt;</div><!-- c -->",
            "go|func main() { fmt.Println(`raw\\nstring`) }",
            "dockerfile|FROM ubuntu:24.04\\nRUN apt-get update && apt-get install -y nvidia-utils # tools",
            "sql|select * from t where a = 'it''s' -- note"})
    void noCharacterIsLostAndNothingIsUnescaped(String language, String escapedCode) {
        String code = escapedCode.replace("\\n", "\n");

        String html = CodeHighlighter.highlight(language, code).orElseThrow();

        assertThat(html).doesNotContain("<script", "<div", "<b>", "<tag");
        assertThat(Jsoup.parseBodyFragment("<pre>" + html + "</pre>").selectFirst("pre").wholeText()).isEqualTo(code);
        assertThat(Jsoup.parseBodyFragment(html).select("span").eachAttr("class"))
                .allSatisfy(css -> assertThat(css).startsWith("hl-"));
    }

    @Test
    void anUnknownLanguageIsLeftToThePlainRendering() {
        assertThat(CodeHighlighter.highlight("brainfuck", "++>")).isEmpty();
        assertThat(CodeHighlighter.knows("BASH")).isTrue();
    }

    @Test
    void everyNameInTheLanguageTableColoursItsCode() {
        // names with signs, and the last styles of the table, as an author writes them after ```
        assertThat(List.of("c#", "c++", "shell-session", "jsonc", "tf", "csv", "vb", "Dockerfile"))
                .allSatisfy(language -> assertThat(CodeHighlighter.knows(language)).as(language).isTrue());
        assertThat(CodeHighlighter.highlight("c#", "var x = 1; // one").orElseThrow()).contains("hl-");
        assertThat(CodeHighlighter.highlight("tf", "name = \"praxis\"").orElseThrow()).contains("praxis");
    }
}
