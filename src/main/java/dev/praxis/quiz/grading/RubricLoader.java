package dev.praxis.quiz.grading;

import dev.praxis.system.yaml.LocatedYaml;
import dev.praxis.system.yaml.LocatedYaml.Entry;
import dev.praxis.system.yaml.LocatedYaml.ListNode;
import dev.praxis.system.yaml.LocatedYaml.MapNode;
import dev.praxis.system.yaml.LocatedYaml.Node;
import dev.praxis.system.yaml.LocatedYaml.Scalar;
import dev.praxis.text.Phrase;
import dev.praxis.text.Synonyms;
import dev.praxis.text.Wording;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads a grading file ({@code <module>.grading.yaml}). Every problem is reported as {@code file:line: what}, and
 * unknown keys are errors, because a misspelt {@code reqired: true} would otherwise silently change a grade.
 */
public final class RubricLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern QUESTION_ID = Pattern.compile("Q[1-9][0-9]*");
    private static final double DEFAULT_STUFFING_CAP = 0.3;
    private static final double DEFAULT_MISCONCEPTION_CAP = 0.3;

    private static final Set<String> MODULE_KEYS = Set.of("module", "passShare", "thresholds", "stuffingCap",
            "asidesArePartial", "synonyms", "options", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("concepts", "misconceptions", "thresholds",
            "maxOptions", "stuffingCap", "examples");
    private static final Set<String> CONCEPT_KEYS = Set.of("id", "label", "weight", "required", "section",
            "phrases", "patterns", "figures");
    private static final Set<String> FIGURE_KEYS = Set.of("says", "unit", "range", "perBillionParameters", "near");
    private static final Set<String> MISCONCEPTION_KEYS = Set.of("id", "feedback", "cap", "shows", "phrases",
            "patterns");
    private static final Set<String> OPTION_KEYS = Set.of("id", "phrases", "patterns");
    private static final Set<String> EXAMPLE_KEYS = Set.of("answer", "expect");
    private static final Set<String> THRESHOLD_KEYS = Set.of("correct", "partial");

    private final Path file;
    private Synonyms synonyms = Synonyms.NONE;
    private boolean asidesArePartial;

    private RubricLoader(Path file) {
        this.file = file;
    }

    public static ModuleRubric load(Path file) throws RubricException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new RubricLoader(file).read(reader);
        } catch (NoSuchFileException e) {
            throw new RubricLoader(file).fail(0, "grading file not found");
        } catch (IOException e) {
            throw new RubricLoader(file).fail(0, "cannot read the grading file: " + e.getMessage());
        }
    }

    /**
     * Loads grading-file text that is not (yet) on disk, such as a drafted rubric or an instructor's edit, reporting
     * problems as if it were {@code file}.
     */
    public static ModuleRubric parse(String yaml, Path file) throws RubricException {
        return new RubricLoader(file).read(new java.io.StringReader(yaml));
    }

    private ModuleRubric read(Reader reader) throws RubricException {
        Node root;
        try (JsonParser parser = YAML.createParser(reader)) {
            if (parser.nextToken() == null) {
                throw fail(1, "the grading file is empty");
            }
            root = LocatedYaml.read(parser);
        } catch (LocatedYaml.DuplicateKey e) {
            throw fail(e.line(), e.getMessage());
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw fail(line, "not valid YAML: " + e.getOriginalMessage());
        }
        return module(root);
    }

    private ModuleRubric module(Node node) throws RubricException {
        MapNode root = map(node, "the grading file");
        checkKeys(root, MODULE_KEYS, "the grading file");
        String module = requiredText(root, "module", "the grading file");
        double passShare = share(root, "passShare", ModuleRubric.DEFAULT_PASS_SHARE);
        Thresholds thresholds = thresholds(root, Thresholds.DEFAULT);
        double stuffingCap = share(root, "stuffingCap", DEFAULT_STUFFING_CAP);
        asidesArePartial = bool(root, "asidesArePartial");
        synonyms = synonyms(root);
        List<AnswerOption> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        for (Node item : list(root, "options")) {
            Identified identified = identified(item, "an", "option", OPTION_KEYS, optionIds);
            MapNode option = identified.node();
            String id = identified.id();
            options.add(new AnswerOption(id, wording(option, "option '" + id + "'")));
        }
        Entry questionsEntry = root.entries().get("questions");
        if (questionsEntry == null) {
            throw fail(root.line(), "missing key 'questions'");
        }
        MapNode questionsNode = map(questionsEntry.value(), "'questions'");
        if (questionsNode.entries().isEmpty()) {
            throw fail(questionsEntry.line(), "'questions' has no questions");
        }
        Map<String, QuestionRubric> questions = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> q : questionsNode.entries().entrySet()) {
            if (!QUESTION_ID.matcher(q.getKey()).matches()) {
                throw fail(q.getValue().line(), "question key '" + q.getKey() + "' is not of the form Q1, Q2 …");
            }
            questions.put(q.getKey(), question(q.getKey(), q.getValue(), thresholds, stuffingCap, options));
        }
        return new ModuleRubric(file, module, passShare, questions);
    }

    /** An item of a list whose items are maps with an {@code id}, and that id. */
    private record Identified(String id, MapNode node) {
    }

    /**
     * Reads a list item that must be a map of known keys with an id unique among {@code ids} (which it joins); the
     * messages name it as "{@code article kind}".
     */
    private Identified identified(Node item, String article, String kind, Set<String> keys, Set<String> ids)
            throws RubricException {
        MapNode node = map(item, article + " " + kind);
        checkKeys(node, keys, kind);
        String id = requiredText(node, "id", kind);
        unique(ids, id, node.line(), kind);
        return new Identified(id, node);
    }

    private QuestionRubric question(String id, Entry entry, Thresholds moduleThresholds, double moduleStuffingCap,
            List<AnswerOption> options) throws RubricException {
        String where = "question " + id;
        MapNode node = map(entry.value(), where);
        checkKeys(node, QUESTION_KEYS, where);
        List<Concept> concepts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : list(node, "concepts")) {
            Identified identified = identified(item, "a", "concept", CONCEPT_KEYS, ids);
            MapNode concept = identified.node();
            String conceptId = identified.id();
            String label = requiredText(concept, "label", "concept '" + conceptId + "'");
            double weight = number(concept, "weight", 1.0);
            if (weight <= 0) {
                throw fail(concept.entries().get("weight").line(), "concept '" + conceptId + "' weight must be > 0");
            }
            boolean required = bool(concept, "required");
            String section = optionalText(concept, "section");
            concepts.add(new Concept(conceptId, label, weight, required,
                    wording(concept, "concept '" + conceptId + "'"), section, figures(concept, conceptId)));
        }
        if (concepts.isEmpty()) {
            throw fail(node.line(), where + " has no concepts");
        }
        List<Misconception> misconceptions = new ArrayList<>();
        for (Node item : list(node, "misconceptions")) {
            Identified identified = identified(item, "a", "misconception", MISCONCEPTION_KEYS, ids);
            MapNode misconception = identified.node();
            String misconceptionId = identified.id();
            String feedback = requiredText(misconception, "feedback", "misconception '" + misconceptionId + "'");
            double cap = share(misconception, "cap", DEFAULT_MISCONCEPTION_CAP);
            String shows = optionalText(misconception, "shows");
            if (!shows.isEmpty() && concepts.stream().noneMatch(c -> c.id().equals(shows))) {
                throw fail(misconception.entries().get("shows").line(), "misconception '" + misconceptionId
                        + "' shows '" + shows + "', which is not a concept of " + where);
            }
            misconceptions.add(new Misconception(misconceptionId, feedback, cap,
                    wording(misconception, "misconception '" + misconceptionId + "'"), shows));
        }
        Thresholds thresholds = thresholds(node, moduleThresholds);
        double maxOptions = number(node, "maxOptions", 0);
        if (maxOptions < 0 || maxOptions != Math.rint(maxOptions)) {
            throw fail(node.entries().get("maxOptions").line(), "maxOptions must be a whole number >= 0");
        }
        if (maxOptions > 0 && options.isEmpty()) {
            throw fail(node.entries().get("maxOptions").line(),
                    "maxOptions is set but the file declares no module-level 'options'");
        }
        double stuffingCap = share(node, "stuffingCap", moduleStuffingCap);
        List<RubricExample> examples = new ArrayList<>();
        for (Node item : list(node, "examples")) {
            MapNode example = map(item, "an example");
            checkKeys(example, EXAMPLE_KEYS, "example");
            String answer = requiredText(example, "answer", "example");
            String expect = requiredText(example, "expect", "example");
            Verdict verdict = Verdict.fromLabel(expect).orElseThrow(() -> fail(example.entries().get("expect").line(),
                    "expect must be correct, partial or incorrect, was '" + expect + "'"));
            examples.add(new RubricExample(answer, verdict, example.line()));
        }
        return new QuestionRubric(id, entry.line(), concepts, misconceptions, thresholds, options,
                (int) maxOptions, stuffingCap, examples, asidesArePartial);
    }

    /** {@code synonyms: [[gpu, graphics card], …]}: groups of words the module treats as the same. */
    private Synonyms synonyms(MapNode root) throws RubricException {
        List<List<String>> groups = new ArrayList<>();
        for (Node item : list(root, "synonyms")) {
            if (!(item instanceof ListNode group)) {
                throw fail(item.line(), "each synonym group must be a list of words, e.g. [gpu, graphics card]");
            }
            List<String> members = new ArrayList<>();
            for (Node member : group.items()) {
                members.add(scalar(member, "a synonym").text());
            }
            try {
                Synonyms.of(List.of(members));
            } catch (IllegalArgumentException e) {
                throw fail(item.line(), "bad synonym group: " + e.getMessage());
            }
            groups.add(members);
        }
        return Synonyms.of(groups);
    }

    private Wording wording(MapNode node, String what) throws RubricException {
        List<Phrase> phrases = phrases(node, "phrases", what);
        List<Pattern> patterns = new ArrayList<>();
        for (Node item : list(node, "patterns")) {
            Scalar scalar = scalar(item, "a pattern");
            try {
                patterns.add(Pattern.compile(scalar.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw fail(scalar.line(), "bad regex '" + scalar.text() + "' in " + what + ": "
                        + e.getDescription());
            }
        }
        if (phrases.isEmpty() && patterns.isEmpty()) {
            throw fail(node.line(), what + " is missing phrases (give 'phrases' or 'patterns')");
        }
        return new Wording(phrases, patterns);
    }

    /**
     * A concept's {@code figures:}: each {@code says} what the figure is, gives its {@code unit} (a regular
     * expression), its {@code range} ([low, high]; {@code inf} for no upper bound), whether the range is
     * {@code perBillionParameters} of the model the sentence names, and the {@code near} phrases a number must stand
     * by to be judged.
     */
    private List<Figure> figures(MapNode concept, String conceptId) throws RubricException {
        List<Figure> figures = new ArrayList<>();
        for (Node item : list(concept, "figures")) {
            MapNode node = map(item, "a figure of concept '" + conceptId + "'");
            String where = "a figure of concept '" + conceptId + "'";
            checkKeys(node, FIGURE_KEYS, where);
            String says = requiredText(node, "says", where);
            Scalar unitText = scalar(node.entries().containsKey("unit") ? node.entries().get("unit").value() : null,
                    "'unit'", node.line(), where);
            Pattern unit;
            try {
                unit = Pattern.compile(unitText.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw fail(unitText.line(), "bad unit regex '" + unitText.text() + "' in " + where + ": "
                        + e.getDescription());
            }
            List<Node> range = list(node, "range");
            if (range.size() != 2) {
                throw fail(node.line(), where + " needs a 'range' of two numbers [low, high]");
            }
            double low = bound(range.get(0));
            double high = bound(range.get(1));
            if (low > high) {
                throw fail(node.line(), where + " has a range whose low (" + low + ") is above its high (" + high + ")");
            }
            figures.add(new Figure(says, unit, low, high, bool(node, "perBillionParameters"),
                    nearWording(node, where)));
        }
        return figures;
    }

    private Scalar scalar(Node node, String what, int line, String where) throws RubricException {
        if (node == null) {
            throw fail(line, where + " is missing " + what);
        }
        return scalar(node, what);
    }

    private double bound(Node node) throws RubricException {
        Scalar scalar = scalar(node, "a bound of 'range'");
        String text = Optional.ofNullable(scalar.text()).orElse("").strip();
        if (text.equalsIgnoreCase("inf") || text.equalsIgnoreCase(".inf")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw fail(scalar.line(), "a bound of 'range' must be a number or inf, was '" + text + "'");
        }
    }

    /** The phrases listed under {@code key}, each also in every synonym it uses. */
    private List<Phrase> phrases(MapNode node, String key, String what) throws RubricException {
        List<Phrase> phrases = new ArrayList<>();
        for (Node item : list(node, key)) {
            Scalar scalar = scalar(item, "a phrase");
            try {
                for (String variant : synonyms.expand(scalar.text())) {
                    phrases.add(Phrase.compile(variant));
                }
            } catch (IllegalArgumentException e) {
                throw fail(scalar.line(), "bad phrase '" + scalar.text() + "' in " + what + ": " + e.getMessage());
            }
        }
        return phrases;
    }

    private Wording nearWording(MapNode node, String where) throws RubricException {
        List<Phrase> phrases = phrases(node, "near", where);
        if (phrases.isEmpty()) {
            throw fail(node.line(), where + " is missing 'near' phrases");
        }
        return new Wording(phrases, List.of());
    }

    private Thresholds thresholds(MapNode parent, Thresholds fallback) throws RubricException {
        Entry entry = parent.entries().get("thresholds");
        if (entry == null) {
            return fallback;
        }
        MapNode node = map(entry.value(), "'thresholds'");
        checkKeys(node, THRESHOLD_KEYS, "thresholds");
        double correct = share(node, "correct", fallback.correct());
        double partial = share(node, "partial", fallback.partial());
        if (partial > correct) {
            throw fail(node.line(), "threshold out of range: partial (" + partial + ") is above correct ("
                    + correct + ")");
        }
        return new Thresholds(correct, partial);
    }

    private double share(MapNode node, String key, double fallback) throws RubricException {
        double value = number(node, key, fallback);
        if (value < 0 || value > 1) {
            throw fail(node.entries().get(key).line(), "threshold out of range: '" + key + "' must be within 0..1, was "
                    + value);
        }
        return value;
    }

    private double number(MapNode node, String key, double fallback) throws RubricException {
        Entry entry = node.entries().get(key);
        if (entry == null) {
            return fallback;
        }
        Scalar scalar = scalar(entry.value(), "'" + key + "'");
        try {
            return Double.parseDouble(Optional.ofNullable(scalar.text()).orElse(""));
        } catch (NumberFormatException e) {
            throw fail(scalar.line(), "'" + key + "' must be a number, was '" + scalar.text() + "'");
        }
    }

    private boolean bool(MapNode node, String key) throws RubricException {
        Entry entry = node.entries().get(key);
        if (entry == null) {
            return false;
        }
        Scalar scalar = scalar(entry.value(), "'" + key + "'");
        // a YAML boolean's text is its literal, so true and false read the same quoted or not
        if ("true".equals(scalar.text())) {
            return true;
        }
        if ("false".equals(scalar.text())) {
            return false;
        }
        throw fail(scalar.line(), "'" + key + "' must be true or false, was '" + scalar.text() + "'");
    }

    private String requiredText(MapNode node, String key, String where) throws RubricException {
        Entry entry = node.entries().get(key);
        if (entry == null) {
            throw fail(node.line(), where + " is missing '" + key + "'");
        }
        Scalar scalar = scalar(entry.value(), "'" + key + "'");
        if (scalar.text() == null || scalar.text().isBlank()) {
            throw fail(scalar.line(), where + " has an empty '" + key + "'");
        }
        return scalar.text();
    }

    private String optionalText(MapNode node, String key) throws RubricException {
        Entry entry = node.entries().get(key);
        if (entry == null) {
            return "";
        }
        String text = scalar(entry.value(), "'" + key + "'").text();
        return text == null ? "" : text.strip();
    }

    private List<Node> list(MapNode node, String key) throws RubricException {
        Entry entry = node.entries().get(key);
        if (entry == null) {
            return List.of();
        }
        if (entry.value() instanceof ListNode list) {
            return list.items();
        }
        throw fail(entry.line(), "'" + key + "' must be a list");
    }

    private MapNode map(Node node, String what) throws RubricException {
        if (node instanceof MapNode map) {
            return map;
        }
        throw fail(node.line(), what + " must be a mapping of keys to values");
    }

    private Scalar scalar(Node node, String what) throws RubricException {
        if (node instanceof Scalar scalar) {
            return scalar;
        }
        throw fail(node.line(), what + " must be a single value, not a list or mapping");
    }

    private void checkKeys(MapNode node, Set<String> allowed, String where) throws RubricException {
        for (Map.Entry<String, Entry> entry : node.entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw fail(entry.getValue().line(), "unknown key '" + entry.getKey() + "' in " + where
                        + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private void unique(Set<String> seen, String id, int line, String what) throws RubricException {
        if (!seen.add(id)) {
            throw fail(line, "duplicate " + what + " id '" + id + "'");
        }
    }

    private RubricException fail(int line, String message) {
        return new RubricException(new RubricProblem(file, line, message));
    }
}
