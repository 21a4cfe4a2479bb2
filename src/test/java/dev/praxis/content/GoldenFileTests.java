package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;



/**
 * Golden files: each {@code golden/<name>.md|.mdx} imports to the structure and HTML in {@code <name>.expected.txt}.
 * A missing expected file is written from the current output and the test fails, so a new golden file is always
 * reviewed by a person before it guards anything.
 */
class GoldenFileTests {

    private static final Path GOLDEN = Path.of("src/test/resources/content/golden");

    @ParameterizedTest
    @ValueSource(strings = {"prompts.md", "quiz.md", "lab.md", "asides-math.md", "components.mdx"})
    void importMatchesTheGoldenFile(String name) throws Exception {
        CourseModule module = new ContentImporter(1).importSource("golden/" + name,
                Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8));
        String actual = dump(module);
        Path expected = GOLDEN.resolve(name.replaceFirst("\\.mdx?$", "") + ".expected.txt");
        if (!Files.exists(expected)) {
            write(expected, actual);
            throw new AssertionError("wrote " + expected + "; review it and run again");
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String dump(CourseModule module) {
        StringBuilder out = new StringBuilder();
        out.append("slug: ").append(module.slug()).append('\n');
        out.append("counts: ").append(module.counts()).append('\n');
        out.append("toc: ").append(module.toc()).append('\n');
        for (LessonPart part : module.parts()) {
            out.append("== ").append(part instanceof LessonPart.Prose ? "prose" : part.toString()).append('\n');
            if (part instanceof LessonPart.Prose prose) {
                out.append(prose.html()).append('\n');
            }
        }
        for (Prediction prediction : module.predictions()) {
            out.append("== prediction ").append(prediction.id()).append(" [").append(prediction.label()).append("]\n")
                    .append(prediction.promptHtml()).append("\n-- reveal\n").append(prediction.revealHtml()).append('\n');
        }
        if (!module.quiz().isEmpty()) {
            out.append("== quiz ").append(module.quiz().title()).append("\n-- prose\n").append(module.quiz().proseHtml()).append('\n');
        }
        for (QuizQuestion question : module.quiz().questions()) {
            out.append("== question ").append(question.id()).append(' ').append(question.number())
                    .append(" options=").append(question.options()).append(" correct=").append(question.correctOption())
                    .append('\n').append(question.questionHtml()).append("\n-- answer\n").append(question.answerHtml()).append('\n');
        }
        if (!module.lab().isEmpty()) {
            out.append("== lab ").append(module.lab().title()).append("\n-- intro\n").append(module.lab().introHtml()).append('\n');
            for (LabStep step : module.lab().steps()) {
                out.append("== step ").append(step.id()).append(" #").append(step.number()).append(' ').append(step.title())
                        .append('\n').append(step.instructionsHtml()).append('\n');
                step.checklist().forEach(item -> out.append("   ").append(item).append('\n'));
            }
            out.append("-- criteria\n");
            module.lab().successCriteria().forEach(item -> out.append("   ").append(item).append('\n'));
            out.append("-- closing\n").append(module.lab().closingHtml()).append('\n');
        }
        module.problems().forEach(problem -> out.append("problem: ").append(problem).append('\n'));
        return out.toString();
    }
}
