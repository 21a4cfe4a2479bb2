package dev.praxis.quiz.drafting;

import dev.praxis.quiz.drafting.DraftQuestion.Item;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricExample;
import dev.praxis.quiz.grading.RubricFiles;
import dev.praxis.quiz.grading.RubricLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's drafted rubric: grading-file text an instructor can read, edit and save as the module's
 * {@code grading.yaml}, the rubric that text loads to (graded by the same {@code RubricGrader} as authored ones), and
 * per question how far the draft can be trusted.
 */
public record ModuleDraft(String module, String yaml, ModuleRubric rubric, Map<String, QuestionInfo> questions) {

    /**
     * What kind of draft a question got, its quality (0..1; an exact multiple-choice key is 1) and the stems of the
     * model answer's own words (not the question's, not a misconception's).
     */
    public record QuestionInfo(boolean choice, double quality, java.util.Set<String> own) {

        public QuestionInfo {
            own = java.util.Set.copyOf(own);
        }
    }

    /** The same draft, its rubrics told their questions' texts ({@link ModuleRubric#withPrompts}). */
    public ModuleDraft withPrompts(Map<String, String> texts) {
        return new ModuleDraft(module, yaml, rubric.withPrompts(texts), questions);
    }

    public Optional<QuestionInfo> question(String number) {
        return Optional.ofNullable(questions.get(number));
    }

    /**
     * The draft's text with labelled examples added under their questions (instructors' verdicts on past answers),
     * so that a saved rubric keeps them and the grading-examples check holds it to them. Questions the draft does
     * not have are left out.
     */
    public String yamlWithExamples(Map<String, List<RubricExample>> examples) {
        List<String> lines = new java.util.ArrayList<>(List.of(yaml.split("\n", -1)));
        for (Map.Entry<String, List<RubricExample>> question : examples.entrySet()) {
            int start = lines.indexOf("  " + question.getKey() + ":");
            if (start < 0 || question.getValue().isEmpty()) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && (lines.get(end).startsWith("    ") || lines.get(end).isEmpty())
                    && !(lines.get(end).isEmpty() && end == lines.size() - 1)) {
                end++;
            }
            List<String> added = new java.util.ArrayList<>();
            added.add("    examples:");
            for (RubricExample example : question.getValue()) {
                added.add("      - expect: " + example.expect().label());
                added.add("        answer: " + DraftYaml.quote(example.answer()));
            }
            lines.addAll(end, added);
        }
        return String.join("\n", lines);
    }

    static ModuleDraft of(String slug, String path, List<DraftQuestion> drafted) {
        String yaml = DraftYaml.write(slug, drafted);
        Path file = RubricFiles.gradingFileFor(Path.of(path));
        try {
            ModuleRubric rubric = RubricLoader.parse(yaml, file);
            Map<String, QuestionInfo> info = new LinkedHashMap<>();
            for (DraftQuestion question : drafted) {
                info.put(question.number(), new QuestionInfo(question.kind() == DraftQuestion.Kind.CHOICE,
                        question.quality(), question.own()));
            }
            return new ModuleDraft(slug, yaml, rubric, Map.copyOf(info));
        } catch (RubricException e) {
            throw new IllegalStateException("a drafted rubric does not load: " + e.getMessage() + "\n" + yaml, e);
        }
    }

    /** Grading-file text for drafted questions, in the format {@code RubricLoader} reads. */
    static final class DraftYaml {

        private DraftYaml() {
        }

        static String write(String slug, List<DraftQuestion> questions) {
            StringBuilder yaml = new StringBuilder();
            yaml.append("# Drafted by Praxis from this module's model answers: the first sentence of each answer is the\n")
                    .append("# decision (required), each further sentence a reason; misconceptions come from what the answer\n")
                    .append("# rules out and the module's common mistakes. Edit and save to make it this module's grading file.\n");
            yaml.append("module: ").append(quote(slug)).append('\n');
            yaml.append("questions:\n");
            for (DraftQuestion question : questions) {
                yaml.append("  ").append(question.number()).append(":\n");
                yaml.append("    thresholds: {correct: ").append(question.correct()).append(", partial: ")
                        .append(question.partial()).append("}\n");
                yaml.append("    concepts:\n");
                for (Item concept : question.concepts()) {
                    item(yaml, concept, true);
                }
                if (!question.misconceptions().isEmpty()) {
                    yaml.append("    misconceptions:\n");
                    for (Item misconception : question.misconceptions()) {
                        item(yaml, misconception, false);
                    }
                }
            }
            return yaml.toString();
        }

        private static void item(StringBuilder yaml, Item item, boolean concept) {
            yaml.append("      - id: ").append(quote(item.id())).append('\n');
            if (concept) {
                yaml.append("        label: ").append(quote(item.label())).append('\n');
                yaml.append("        weight: ").append(item.weight()).append('\n');
                if (item.required()) {
                    yaml.append("        required: true\n");
                }
                if (!item.section().isEmpty()) {
                    yaml.append("        section: ").append(quote(item.section())).append('\n');
                }
            } else {
                yaml.append("        feedback: ").append(quote(item.label())).append('\n');
                yaml.append("        cap: ").append(item.cap()).append('\n');
            }
            list(yaml, "phrases", item.phrases());
            list(yaml, "patterns", item.patterns());
        }

        private static void list(StringBuilder yaml, String key, List<String> values) {
            if (values.isEmpty()) {
                return;
            }
            yaml.append("        ").append(key).append(":\n");
            for (String value : values) {
                yaml.append("          - ").append(quote(value)).append('\n');
            }
        }

        static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\x%02x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
