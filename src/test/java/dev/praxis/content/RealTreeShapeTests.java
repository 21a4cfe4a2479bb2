package dev.praxis.content;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.praxis.content.ConstructTests.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes found by importing a larger scratch tree of real KubeDojo pages (every track, index pages, Ukrainian),
 * each reproduced in a small fixture written in our own words.
 */
class RealTreeShapeTests {

    @Test
    void drillsRightAfterTheHandsOnExerciseAreStepsOfThatLab() {
        CourseModule module = page("## Hands-On Exercise\n\n**Task**: give a web pod a health check.\n\n"
                + "**Setup:**\n```bash\nk apply -f web.yaml\n```\n\n---\n\n## Practice Drills\n\n"
                + "### Drill 1: Port check (Target: 2 minutes)\n\nAdd a TCP check on port 80.\n\n"
                + "<details>\n<summary>Solution</summary>\n\nUse tcpSocket.\n\n</details>\n\n"
                + "### Drill 2: Command check (Target: 3 minutes)\n\nAdd a check that runs a command.\n\n"
                + "## Next Module\n\nOn to logging.\n");

        assertThat(module.lab().title()).isEqualTo("Hands-On Exercise");
        assertThat(module.lab().steps()).extracting(LabStep::title)
                .containsExactly("Drill 1: Port check (Target: 2 minutes)", "Drill 2: Command check (Target: 3 minutes)");
        assertThat(module.lab().introHtml()).contains("give a web pod a health check").contains("Practice Drills");
        assertThat(module.sections()).extracting(LessonSection::title)
                .containsExactly("Hands-On Exercise", "Practice Drills", "Next Module");
        assertThat(module.proseHtml()).contains("On to logging.");
    }

    @Test
    void aDrillsSectionOnItsOwnIsTheLab() {
        CourseModule module = page("## Quiz\n\n1. **Why pin versions?**\n   <details>\n   <summary>Answer</summary>\n"
                + "   So builds repeat.\n   </details>\n\n## Practice Drills\n\n### Drill 1: Pin an image\n\nPick a tag.\n\n"
                + "### Drill 2: Pin a chart\n\nPick a chart version.\n");

        assertThat(module.quiz().questions()).hasSize(1);
        assertThat(module.lab().steps()).extracting(LabStep::title).containsExactly("Drill 1: Pin an image", "Drill 2: Pin a chart");
    }

    @Test
    void aSecondHandsOnSectionFurtherDownStaysOnThePage() {
        CourseModule module = page("## Hands-On Exercise\n\n### Step 1: Start\n\nBegin here.\n\n## Quiz\n\n"
                + "1. **Why start?**\n   <details>\n   <summary>Answer</summary>\n   To begin.\n   </details>\n\n"
                + "## Hands-On Practice\n\nTry the same on a second cluster.\n");

        assertThat(module.lab().steps()).extracting(LabStep::title).containsExactly("Step 1: Start");
        assertThat(module.proseHtml()).contains("Try the same on a second cluster.");
    }

    @Test
    void aLandingPageSummaryLineIsItsHeader() {
        CourseModule module = page("track/index.md", "> **Storage Track** | 5 Modules | ~3 hours total\n\n"
                + "Keeping data safe.\n\n## Modules\n\n| # | Module |\n|---|---|\n| 1 | Volumes |\n");

        assertThat(module.header().track()).isEqualTo("Storage Track");
        assertThat(module.header().time()).isEqualTo("~3 hours total");
        assertThat(module.header().otherFields()).isEqualTo(Map.of("Modules", "5"));
        assertThat(module.proseHtml()).doesNotContain("5 Modules").contains("Keeping data safe.");
    }

    @Test
    void aUkrainianSummaryLineIsReadTheSameWay() {
        CourseModule module = page("uk/track/index.md", "> **Трек зберігання** | 5 модулів | ~3 години\n\nТекст.\n\n## Модулі\n\nСписок.\n");

        assertThat(module.header().track()).isEqualTo("Трек зберігання");
        assertThat(module.header().time()).isEqualTo("~3 години");
        assertThat(module.header().otherFields()).isEqualTo(Map.of("Модулів", "5"));
    }

    @Test
    void aBoldLineWithOtherWordsIsNotTakenForAHeader() {
        CourseModule module = page("> **Note** | this track assumes a running cluster\n\n## Why\n\nText.\n");

        assertThat(module.header().track()).isNull();
        assertThat(module.proseHtml()).contains("this track assumes a running cluster");
    }
}
