package dev.praxis.content.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a page's front matter is cut from its body. Each case is one a Markdown front-matter block parser (flexmark's
 * YAML extension among them) reads otherwise, which is why the cut is made here, before the body is converted from
 * MDX and parsed: a closing delimiter glued to the last value, a page that only has a rule near its top, nested
 * values, and errors that name the line of the file.
 */
class FrontMatterTests {

    @Test
    void theBodyKeepsTheLineNumbersOfTheFile() throws ContentImportException {
        FrontMatter page = FrontMatter.split("m.md", "---\ntitle: \"Caches\"\ndescription: Why\n---\n# Caches\n\nText.\n");

        assertThat(page.string("title")).isEqualTo("Caches");
        assertThat(page.string("description")).isEqualTo("Why");
        assertThat(page.body().split("\n", -1)[4]).as("line 5 of the file").isEqualTo("# Caches");
        assertThat(page.body()).isEqualTo("\n\n\n\n# Caches\n\nText.\n");
    }

    @Test
    void nestedValuesStayNested() throws ContentImportException {
        FrontMatter page = FrontMatter.split("m.md", "---\ntitle: T\nsidebar:\n  order: 2\n  label: Short\n---\nBody\n");

        assertThat(page.order()).isEqualTo(2);
        assertThat(page.sidebar("label")).isEqualTo("Short");
        assertThat(page.values()).containsOnlyKeys("title", "sidebar");
    }

    @Test
    void anOrderWrittenAsTextIsReadAndOneThatIsNoNumberIsNone() throws ContentImportException {
        assertThat(FrontMatter.split("m.md", "---\nsidebar:\n  order: \" 7 \"\n---\n").order()).isEqualTo(7);
        assertThat(FrontMatter.split("m.md", "---\nsidebar:\n  order: first\n---\n").order()).isNull();
    }

    @Test
    void aClosingDelimiterGluedToTheLastQuotedValueEndsTheFrontMatter() throws ContentImportException {
        FrontMatter page = FrontMatter.split("uk/m.md",
                "---\ntitle: \"Модуль 2\"\nsource_file: \"docs/track/module-2.md\"---\n> **Час**: 20 хвилин\n\n---\n\nТекст.\n");

        assertThat(page.values()).containsExactly(entry("title", "Модуль 2"), entry("source_file", "docs/track/module-2.md"));
        assertThat(page.body()).as("the header and the rule after it are body")
                .isEqualTo("\n\n\n> **Час**: 20 хвилин\n\n---\n\nТекст.\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"---\ntitle: T\n...\nBody\n", "\uFEFF---\ntitle: T\n---\nBody\n"})
    void threeDotsCloseTooAndAByteOrderMarkBeforeTheOpeningIsDropped(String source) throws ContentImportException {
        FrontMatter page = FrontMatter.split("m.md", source);

        assertThat(page.string("title")).isEqualTo("T");
        assertThat(page.body()).isEqualTo("\n\n\nBody\n");
    }

    @Test
    void onlyALineOfThreeDashesOnTheFirstLineOpensFrontMatter() throws ContentImportException {
        String ruleAfterABlankLine = "\n---\ntitle: T\n---\nBody\n";
        String dashesWithText = "--- a heading underline?\ntitle: T\n---\nBody\n";

        assertThat(FrontMatter.split("m.md", ruleAfterABlankLine).values()).isEmpty();
        assertThat(FrontMatter.split("m.md", ruleAfterABlankLine).body()).isEqualTo(ruleAfterABlankLine);
        assertThat(FrontMatter.split("m.md", dashesWithText).values()).isEmpty();
    }

    @Test
    void frontMatterThatIsNeverClosedIsRefusedRatherThanSwallowingThePage() {
        assertThatThrownBy(() -> FrontMatter.split("m.md", "---\ntitle: T\n\n# Heading\n\nText.\n"))
                .isInstanceOfSatisfying(ContentImportException.class, e -> {
                    assertThat(e.path()).isEqualTo("m.md");
                    assertThat(e.reason()).isEqualTo("front matter opened on line 1 is never closed with '---'");
                });
    }

    @Test
    void invalidYamlIsRefusedWithTheLineOfTheFile() {
        assertThatThrownBy(() -> FrontMatter.split("m.md", "---\ntitle: T\n  indented: x\nsidebar: {}\n---\n"))
                .isInstanceOf(ContentImportException.class)
                .hasMessageStartingWith("front matter is not valid YAML on line 3: mapping values are not allowed here");
        assertThatThrownBy(() -> FrontMatter.split("m.md", "---\ntitle: T\ndescription: \"open\nsidebar: [1\n---\n"))
                .as("a quote never closed: the line it opens on")
                .isInstanceOf(ContentImportException.class)
                .hasMessageStartingWith("front matter is not valid YAML on line 3: while scanning a quoted scalar");
    }

    @Test
    void frontMatterThatIsNotAMappingIsRefused() {
        assertThatThrownBy(() -> FrontMatter.split("m.md", "---\n- one\n- two\n---\nBody\n"))
                .isInstanceOf(ContentImportException.class)
                .hasMessage("front matter is not a YAML mapping of keys to values");
    }

    @Test
    void emptyFrontMatterHasNoValues() throws ContentImportException {
        FrontMatter page = FrontMatter.split("m.md", "---\n---\nBody\n");

        assertThat(page.values()).isEmpty();
        assertThat(page.string("title")).isNull();
        assertThat(page.body()).isEqualTo("\n\nBody\n");
    }
}
