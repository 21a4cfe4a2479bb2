package dev.praxis.quiz;

import dev.praxis.content.importing.ContentImportException;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.quiz.drafting.ModuleGrading;
import dev.praxis.quiz.drafting.RubricDrafter;
import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricFiles;
import dev.praxis.quiz.grading.RubricProblem;
import java.io.IOException;
import java.util.Optional;
import dev.praxis.system.cli.BadInput;
import dev.praxis.system.cli.CommandLineTool;
import dev.praxis.system.cli.ModuleArguments;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code grade <content-dir> <module-slug> <answers.json>}: grades answers offline with the module's rubric: per
 * question the hand-written grading file when it has the question, otherwise the rubric drafted from the module's model
 * answers (any module with a quiz).
 * Input: a JSON array of {@code {"question":"Q1","answer":"…"}}. Output: a JSON array, one object per answer, in
 * input order, with the keys {@code question}, {@code verdict} (correct|partial|incorrect), {@code score}
 * (0..1, two decimals), {@code found} ([{"concept":label,"quote":learner's words}]), {@code missing} ([label])
 * , {@code misconceptions} ([{"id":…,"feedback":…}], including the grader's own {@code empty-answer},
 * {@code keyword-stuffing}, {@code fragments}, {@code restates-question}, {@code open-alternatives} and {@code quotes-only}),
 * {@code sections} ([{"concept":label,"section":heading}], where
 * the module explains each missing concept), {@code rubric} ("authored" or "drafted") and {@code confidence} (0..1; an
 * authored rubric's verdict is 1, a drafted verdict below 0.6 is provisional). Exit 0 on success, 2 on bad arguments
 * or input (nothing is printed to stdout then).
 */
public class GradeTool implements CommandLineTool {

    private static final String DESCRIPTION = "Grades a learner's answers offline with the module's rubric; prints a JSON"
            + " array, one verdict per answer. Exit 0 on success, 2 on bad arguments or input (nothing on stdout then).";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "grade";
    }

    @Override
    public String usage() {
        return "grade <content-dir> <module-slug> <answers.json>   grade [{\"question\":\"Q1\",\"answer\":\"…\"}] offline;"
                + " prints [{\"question\",\"verdict\",\"score\",\"found\":[{\"concept\",\"quote\"}],\"missing\":[label],"
                + "\"misconceptions\":[{\"id\",\"feedback\"}],\"sections\":[{\"concept\",\"section\"}],"
                + "\"rubric\":\"authored|drafted\",\"confidence\"}]; exit 2 on bad input";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return execute(ModuleArguments.spec(DESCRIPTION, "<answers.json>", "[{\"question\":\"Q1\",\"answer\":\"…\"}]"),
                args, out, err, parsed -> grade(ModuleArguments.of(parsed), out));
    }

    private static int grade(ModuleArguments arguments, PrintStream out) throws BadInput {
        ModuleGrading grading = findRubric(arguments.contentDir(), arguments.slug());
        List<Answer> answers = readAnswers(arguments.file(), grading);
        ArrayNode results = JSON.createArrayNode();
        for (Answer answer : answers) {
            results.add(toJson(answer.question(), grading.grade(answer.question(), answer.text()).orElseThrow()));
        }
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        return 0;
    }

    private static ModuleGrading findRubric(Path contentDir, String slug) throws BadInput {
        if (!Files.isDirectory(contentDir)) {
            throw new BadInput("content folder not found: " + contentDir);
        }
        RubricFiles.Lookup lookup = RubricFiles.findBySlug(contentDir, slug);
        Optional<CourseModule> module;
        try {
            module = new ContentImporter(1).importModule(contentDir, slug);
        } catch (IOException e) {
            throw new BadInput("cannot read " + contentDir + ": " + e.getMessage());
        } catch (ContentImportException e) {
            throw new BadInput("the page of '" + slug + "' cannot be imported: " + e.getMessage());
        }
        // the question texts let the grader tell an answer that only repeats the question's facts
        Optional<ModuleRubric> authored = lookup.rubric()
                .map(rubric -> module.map(m -> rubric.withPrompts(QuizRubrics.questionTexts(m))).orElse(rubric));
        ModuleGrading grading = new ModuleGrading(authored, module.flatMap(RubricDrafter::draft));
        if (!grading.isEmpty()) {
            return grading;
        }
        StringBuilder message = new StringBuilder("unknown module slug '" + slug + "': no page under " + contentDir
                + " with that slug has a quiz with model answers, and no *" + RubricFiles.SUFFIX + " declares it");
        for (RubricProblem problem : lookup.unreadable()) {
            message.append(System.lineSeparator()).append("  unreadable grading file ").append(problem);
        }
        throw new BadInput(message.toString());
    }

    private record Answer(String question, String text) {
    }

    private static List<Answer> readAnswers(Path file, ModuleGrading grading) throws BadInput {
        if (!Files.isRegularFile(file)) {
            throw new BadInput("answers file not found: " + file);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new BadInput("answers file " + file + " is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new BadInput("answers file " + file + " must be a JSON array of {\"question\",\"answer\"} objects");
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            String where = "answers file " + file + ", item " + (i + 1);
            if (!item.isObject()) {
                throw new BadInput(where + " is not an object with \"question\" and \"answer\"");
            }
            for (Map.Entry<String, JsonNode> property : item.properties()) {
                if (!property.getKey().equals("question") && !property.getKey().equals("answer")) {
                    throw new BadInput(where + " has unknown key \"" + property.getKey() + "\"");
                }
            }
            String question = text(item, "question", where);
            String answer = text(item, "answer", where);
            if (!grading.gradable(question)) {
                throw new BadInput(where + ": unknown question id '" + question + "' (the rubric has "
                        + List.copyOf(grading.questions()) + ")");
            }
            answers.add(new Answer(question, answer));
        }
        return answers;
    }

    private static String text(JsonNode item, String key, String where) throws BadInput {
        JsonNode value = item.get(key);
        if (value == null || !value.isString()) {
            throw new BadInput(where + " needs \"" + key + "\" as a string");
        }
        return value.stringValue();
    }

    private static ObjectNode toJson(String question, ModuleGrading.Outcome outcome) {
        GradeResult result = outcome.result();
        ObjectNode node = JSON.createObjectNode();
        node.put("question", question);
        node.put("verdict", result.verdict().label());
        node.put("score", result.score());
        ArrayNode found = node.putArray("found");
        result.found().forEach(f -> found.addObject().put("concept", f.concept()).put("quote", f.quote()));
        ArrayNode missing = node.putArray("missing");
        result.missing().forEach(missing::add);
        ArrayNode misconceptions = node.putArray("misconceptions");
        result.misconceptions().forEach(m -> misconceptions.addObject().put("id", m.id()).put("feedback", m.feedback()));
        ArrayNode sections = node.putArray("sections");
        result.sections().forEach(s -> sections.addObject().put("concept", s.concept()).put("section", s.section()));
        node.put("rubric", outcome.source().label());
        node.put("confidence", outcome.confidence());
        return node;
    }
}
