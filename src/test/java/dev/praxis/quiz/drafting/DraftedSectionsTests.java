package dev.praxis.quiz.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.Catalog;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.content.TocEntry;
import dev.praxis.quiz.grading.Concept;
import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.QuestionRubric;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A drafted concept names the section of the module that explains it, so that a learner whose answer misses it is sent
 * to read that part again, as authored rubrics do.
 */
@DisplayName("Drafted concepts point to the section that explains them")
class DraftedSectionsTests {

    private static Catalog catalog;

    @BeforeAll
    static void importTree() throws Exception {
        catalog = new ContentImporter(1).importTree(DevSetAgreementTests.heldOut("heldout-3").content());
    }

    private static ModuleDraft draft(String slug) {
        return RubricDrafter.draft(catalog.module(slug).orElseThrow()).orElseThrow();
    }

    @Test
    void aMissedConceptSendsTheLearnerToTheSectionThatExplainsIt() {
        ModuleDraft kafka = draft("messaging/kafka/module-4.3-consumer-groups");
        GradeResult result = DraftGrader.grade(kafka, "Q6", "The message at offset 88412 is broken.").result();
        assertThat(result.sections()).isNotEmpty().allSatisfy(pointer ->
                assertThat(pointer.section()).isEqualTo("Poison Messages"));

        ModuleDraft probes = draft("k8s/workloads/module-2.6-probes-and-rollouts");
        GradeResult rollout = DraftGrader.grade(probes, "Q4", "Add more replicas.").result();
        assertThat(rollout.sections()).extracting(GradeResult.SectionPointer::section).contains("Rolling Updates");
    }

    @Test
    void everySectionIsAHeadingOfTheLessonThatExplainsSomething() {
        for (CourseModule module : catalog.modules()) {
            Set<String> headings = module.toc().stream().map(TocEntry::title).map(String::strip)
                    .collect(Collectors.toSet());
            ModuleDraft draft = RubricDrafter.draft(module).orElseThrow();
            List<String> sections = draft.rubric().questions().values().stream().map(QuestionRubric::concepts)
                    .flatMap(List::stream).map(Concept::section).filter(section -> !section.isEmpty()).toList();
            assertThat(sections).as(module.slug()).isNotEmpty();
            assertThat(headings).as(module.slug()).containsAll(sections);
            assertThat(sections).as(module.slug()).noneMatch(section -> section.matches("(?i).*(quiz|hands-on|"
                    + "common mistakes|why this module|learning outcomes|what you'll).*"));
            assertThat(draft.yaml()).as(module.slug()).contains("        section: \"");
        }
    }

    @Test
    void aConceptNoSectionExplainsPointsNowhere() {
        ModuleSections sections = ModuleSections.of("<h2>Quiz</h2><p>Offsets and partitions.</p>"
                + "<h2>Partitions</h2><p>A topic is split into partitions.</p>");
        assertThat(sections.best("Bake a sourdough loaf at home.")).isEmpty();
        assertThat(sections.best("Add partitions to the topic.")).isEqualTo("Partitions");
    }
}
