package dev.praxis.quiz.drafting;

import dev.praxis.quiz.drafting.DraftQuestion.Item;
import dev.praxis.quiz.drafting.Words.Word;
import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model answer's own words turned around: the wrong answers that pass a draft most easily keep the module's
 * vocabulary and reverse what it says. Two shapes are read from the model answer's text alone:
 * <ul>
 * <li><b>Direction</b>: "increase the memory limit", "VPA increases the CPU request", "utilization dropped": the same
 * object moved the other way ("lower the memory limit", "VPA lowers the request", "utilization goes up").</li>
 * <li><b>Swapped roles</b>: where the answer says one thing of each of two named things ("a Role … within a
 * namespace", "a ClusterRole … cluster-wide"; "with `Never` … a new pod", "with `OnFailure` … in place"), saying of
 * one what the answer only says of the other ("a Role grants them cluster-wide").</li>
 * </ul>
 * Every phrase is tried on the model answer itself and dropped where the model answer says it: a reversal of the
 * answer can never be something the answer holds.
 */
final class Reversals {

    private static final Set<String> UP = Words.stems("increase", "increases", "increased", "raise", "raises",
            "raised", "higher", "bigger", "larger", "grow", "grows", "rise", "rises", "more");
    private static final Set<String> DOWN = Words.stems("decrease", "decreases", "decreased", "lower", "lowers",
            "lowered", "reduce", "reduces", "reduced", "smaller", "fewer", "shrink", "shrinks", "less");
    /** Putting something in and taking it out: "add `fallthrough`" against "remove fallthrough". */
    private static final Set<String> ADD = Words.stems("add", "adds", "added");
    private static final Set<String> REMOVE = Words.stems("remove", "removes", "removed", "drop", "drops", "dropped",
            "strip", "strips", "stripped");
    private static final List<String> SAY_ADD = List.of("add", "adds", "added");
    private static final List<String> SAY_REMOVE = List.of("remove", "drop", "delete", "strip");
    /** Verbs that tell of their subject moving ("utilization dropped"), read with the word before them. */
    private static final Set<String> INTRANSITIVE_UP = Words.stems("rises", "rose", "grows", "grew", "increases",
            "increased", "climbs", "spikes");
    private static final Set<String> INTRANSITIVE_DOWN = Words.stems("drops", "dropped", "falls", "fell",
            "decreases", "decreased", "shrinks");
    /** Bounds that are each other's opposite: "at least once" and "at most once". */
    private static final Map<String, String> SUPERLATIVES = Map.of("least", "most", "most", "least");
    private static final Set<String> PARTICLES = Set.of("again", "further", "back", "sharply", "quickly");
    private static final List<String> SAY_UP = List.of("increase", "raise", "higher", "bigger", "more");
    private static final List<String> SAY_DOWN = List.of("lower", "decrease", "reduce", "smaller", "fewer", "less");
    private static final List<String> SAY_RISES = List.of("rise", "increase", "up", "higher", "grow");
    private static final List<String> SAY_FALLS = List.of("drop", "decrease", "down", "lower", "fall");

    /** Where a clause ends: punctuation, a dash, or a connective that starts another claim. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;:,!?()\\[\\]]|\\s--\\s|\\s-\\s|[\u2013\u2014]|"
            + "\\b(?:while|whereas|but|which|so that)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_FOREIGN = 6;
    static final String BOUND_REVERSED = "bound-reversed-";
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "longer", "without", "nor");

    private Reversals() {
    }

    /** The direction reversals and role swaps of the model answer, each checked against the model answer itself. */
    static List<Item> of(String modelAnswer, String questionText, int firstIndex) {
        List<Item> items = new ArrayList<>();
        AnalysedText model = AnalysedText.of(modelAnswer);
        List<String> directions = unsaid(directionPhrases(modelAnswer), model);
        if (!directions.isEmpty()) {
            items.add(new Item("reversed-" + (firstIndex + items.size()), label("The module's answer moves it the "
                    + "other way: " + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, directions, List.of()));
        }
        List<String> states = statePatterns(modelAnswer).stream()
                .filter(p -> !Pattern.compile(p).matcher(modelAnswer).find()).toList();
        if (!states.isEmpty()) {
            items.add(new Item("opposite-state-" + (firstIndex + items.size()), label("The module's answer wants it the "
                    + "other way: " + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, List.of(), states));
        }
        List<String> overclaimed = overclaimPatterns(modelAnswer).stream()
                .filter(p -> !Pattern.compile(p).matcher(modelAnswer).find()).toList();
        if (!overclaimed.isEmpty()) {
            items.add(new Item("overclaimed-" + (firstIndex + items.size()), label("The module's answer says it shows "
                    + "no more than this: " + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, List.of(),
                    overclaimed));
        }
        List<String> narrowed = narrowedPatterns(modelAnswer).stream()
                .filter(p -> !Pattern.compile(p).matcher(modelAnswer).find()).toList();
        if (!narrowed.isEmpty()) {
            items.add(new Item("narrowed-" + (firstIndex + items.size()), label("The module's answer does it to all of "
                    + "them: " + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, List.of(), narrowed));
        }
        List<String> widened = unsaid(widenedPhrases(modelAnswer), model);
        if (!widened.isEmpty()) {
            items.add(new Item("widened-" + (firstIndex + items.size()), label("The module's answer keeps it to one: "
                    + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, widened, List.of()));
        }
        List<String> ordered = orderPhrases(modelAnswer);
        List<String> order = unsaid(ordered.stream().filter(p -> !p.startsWith("(?i)")).toList(), model);
        List<String> orderPatterns = ordered.stream().filter(p -> p.startsWith("(?i)"))
                .filter(p -> !Pattern.compile(p).matcher(modelAnswer).find()).toList();
        if (!order.isEmpty() || !orderPatterns.isEmpty()) {
            items.add(new Item("reordered-" + (firstIndex + items.size()), label("The module's answer takes them in "
                    + "another order: " + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, order,
                    orderPatterns));
        }
        addPatterns(items, "not-the-case-", firstIndex, "The module's answer says it would have helped, so it was "
                + "not the case: ", modelAnswer, counterfactualPatterns(modelAnswer));
        addPatterns(items, "moved-elsewhere-", firstIndex, "The module's answer moves it to the other one: ",
                modelAnswer, movedElsewherePatterns(modelAnswer, questionText));
        addPatterns(items, "check-skipped-", firstIndex, "The module's answer checks first: ", modelAnswer,
                skippedCheckPatterns(modelAnswer));
        addPatterns(items, "undone-", firstIndex, "The module's answer undoes it: ", modelAnswer,
                undonePatterns(modelAnswer, questionText));
        addPatterns(items, "option-dropped-", firstIndex, "The module's answer runs the command with its option: ",
                modelAnswer, droppedOptionPatterns(modelAnswer, questionText));
        addPatterns(items, "other-tool-command-", firstIndex, "The module's answer runs other commands of that tool: ",
                modelAnswer, otherCommandPatterns(modelAnswer));
        addPatterns(items, "other-kind-", firstIndex, "The module's answer chooses another kind: ", modelAnswer,
                otherKindPatterns(modelAnswer));
        addPatterns(items, BOUND_REVERSED, firstIndex, "The module's answer compares it the other way: ",
                modelAnswer, boundPatterns(modelAnswer));
        addPatterns(items, "judged-the-other-way-", firstIndex, "The module's answer calls another one unsafe: ",
                modelAnswer, otherJudgedPatterns(modelAnswer));
        addPatterns(items, "other-field-", firstIndex, "The module's answer puts each in its own field: ",
                modelAnswer, otherFieldPatterns(modelAnswer));
        addPatterns(items, "condition-negated-", firstIndex, "The module's answer states the condition the other way: ",
                modelAnswer, negatedConditionPatterns(modelAnswer));
        addPatterns(items, "other-first-", firstIndex, "The module's answer puts the other one first: ",
                modelAnswer, otherFirstPatterns(modelAnswer));
        addPatterns(items, "other-file-", firstIndex, "The module's answer reads another file of that kind: ",
                modelAnswer, siblingFilePatterns(modelAnswer, questionText));
        List<String> alone = alone(modelAnswer);
        if (!alone.isEmpty()) {
            items.add(new Item("one-of-both-" + (firstIndex + items.size()), label("The module's answer needs both: "
                    + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, List.of(), alone));
        }
        List<String> compared = comparisons(modelAnswer, questionText).stream()
                .filter(p -> !Pattern.compile(p).matcher(modelAnswer).find()).toList();
        if (!compared.isEmpty()) {
            items.add(new Item("compared-" + (firstIndex + items.size()), label("The module's answer compares them the "
                    + "other way round: " + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, List.of(),
                    compared));
        }
        List<String> swapPhrases = swapPhrases(modelAnswer, questionText);
        List<String> swaps = unsaid(swapPhrases, model);
        List<String> swapPatterns = swapPatterns(swaps).stream()
                .filter(p -> !Pattern.compile(p).matcher(modelAnswer).find()).toList();
        if (!swaps.isEmpty()) {
            items.add(new Item("swapped-" + (firstIndex + items.size()), label("The module's answer says this of "
                    + "the other one: " + modelAnswer), 0, false, RubricDrafter.MISCONCEPTION_CAP, swaps,
                    swapPatterns));
        }
        return items;
    }

    /** A verb undone by "un" ("unsuspend", "uncordon"), whose base the module uses as a word of its own. */
    private static final Pattern UNDONE = Pattern.compile("\\bun([a-z]{4,})\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The model answer's remedy undoes something ("unsuspend", "uncordon the node") that the module names in its own
     * right ("suspended", "cordon"): told to do the thing itself ("Suspend the CronJob first", "then cordon it") the
     * learner does the opposite of the remedy. Only an instruction: the verb opening a clause before its object.
     */
    static List<String> undonePatterns(String modelAnswer, String questionText) {
        Set<String> patterns = new LinkedHashSet<>();
        Matcher undone = UNDONE.matcher(modelAnswer);
        while (undone.find()) {
            String base = undone.group(1).toLowerCase(Locale.ROOT);
            String stem = Words.stemsOf(base).stream().findFirst().orElse(base);
            String elsewhere = (modelAnswer + " " + questionText).replaceAll("(?i)\\bun" + base + "\\b", " ");
            if (Words.stemsOf(elsewhere).contains(stem)) {
                patterns.add("(?i)(?:^|[.;!?\\n]\\s*|\\b(?:then|and|first|now|just)\\s+)" + Pattern.quote(base)
                        + "\\s+(?:the|it|this|that|a|an|all|every)\\b");
            }
        }
        return List.copyOf(patterns);
    }

    /** A command of up to three words and, later on its line, a long option with a value ("--as=alice"). */
    private static final Pattern OPTION = Pattern.compile("(?m)(?:^|`)\\s*((?:[a-z][\\w-]*[ \\t]+){1,2}[a-z][\\w-]*)"
            + "\\b[^`\\n]*?[ \\t]--([a-z][\\w-]*)(?:=|[ \\t]+)([\\w.-]+)");

    /**
     * The model answer's command carries a long option whose value the question names ("kubectl auth can-i delete pods
     * -n production --as=alice" for "can alice …?"): the same command written without that option ("kubectl auth can-i
     * --list in production") runs for someone or something else.
     */
    static List<String> droppedOptionPatterns(String modelAnswer, String questionText) {
        Set<String> questionStems = Words.stemsOf(questionText);
        Set<String> patterns = new LinkedHashSet<>();
        Matcher option = OPTION.matcher(modelAnswer);
        while (option.find()) {
            if (!questionStems.containsAll(Words.stemsOf(option.group(3))) || Words.stemsOf(option.group(3)).isEmpty()) {
                continue;
            }
            String head = String.join("\\s+", java.util.Arrays.stream(option.group(1).trim().split("\\s+"))
                    .map(Pattern::quote).toList());
            patterns.add("(?i)(?<![\\w-])" + head + "(?![\\w-])(?![^;\\n`]*--" + Pattern.quote(option.group(2))
                    + "\\b)");
        }
        return List.copyOf(patterns);
    }

    /** A line of a model answer that runs a tool: the tool, its command and something after it. */
    private static final Pattern COMMAND_LINE = Pattern.compile("(?m)^\\s*([a-z][\\w-]*)\\s+([a-z][\\w-]*)\\s+\\S");

    /**
     * A model answer that is a script of commands, two or more of them with the same tool ("kubectl argo rollouts get
     * …", "kubectl get analysisruns …", "kubectl describe analysisrun …"): an answer that runs that tool with a command
     * none of those lines uses ("kubectl rollout restart deployment my-app") does something else.
     */
    static List<String> otherCommandPatterns(String modelAnswer) {
        Map<String, Set<String>> commands = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Matcher line = COMMAND_LINE.matcher(modelAnswer);
        while (line.find()) {
            commands.computeIfAbsent(line.group(1), tool -> new LinkedHashSet<>()).add(line.group(2));
            lines.merge(line.group(1), 1, Integer::sum);
        }
        List<String> patterns = new ArrayList<>();
        commands.forEach((tool, used) -> {
            if (lines.get(tool) >= 2) {
                String known = String.join("|", used.stream().map(Pattern::quote).toList());
                patterns.add("(?im)(?:^|[.;:]\\s+|\\b(?:run|use|then|try)\\s+)" + Pattern.quote(tool) + "\\s+(?!(?:"
                        + known + ")(?![\\w-]))[a-z][\\w-]*");
            }
        });
        return patterns;
    }

    /** "Use a headless Service …": a verb of choosing, a kind and the thing chosen. */
    private static final Pattern CHOICE = Pattern.compile("^(?:use|choose|pick|create|go with)\\s+(?:an?\\s+|the\\s+)?"
            + "([\\w-]+)\\s+([A-Za-z][\\w-]*)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The model answer opens by choosing one kind of a thing ("Use a headless Service with the StatefulSet …") and names
     * another kind of the same thing elsewhere ("a normal ClusterIP Service is usually simpler"): choosing that other
     * kind ("Use a normal ClusterIP Service") is another decision.
     */
    static List<String> otherKindPatterns(String modelAnswer) {
        List<String> sentences = sentences(modelAnswer);
        if (sentences.isEmpty()) {
            return List.of();
        }
        Matcher choice = CHOICE.matcher(sentences.get(0));
        if (!choice.find()) {
            return List.of();
        }
        String kind = choice.group(1);
        String thing = choice.group(2);
        List<Word> kindWords = Words.of(kind);
        if (kindWords.isEmpty() || !kindWords.get(0).distinctive()) {
            return List.of();
        }
        Set<String> patterns = new LinkedHashSet<>();
        Matcher other = Pattern.compile("(?<![\\w-])([\\w-]+)\\s+" + Pattern.quote(thing) + "(?![\\w-])",
                Pattern.CASE_INSENSITIVE).matcher(modelAnswer);
        while (other.find()) {
            List<Word> words = Words.of(other.group(1));
            if (!words.isEmpty() && words.get(0).distinctive() && !words.get(0).stem().equals(kindWords.get(0).stem())) {
                patterns.add("(?i)\\b(?:use|choose|pick|create|go with)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?"
                        + Pattern.quote(other.group(1)) + "\\s+" + Pattern.quote(thing) + "(?![\\w-])");
            }
        }
        return List.copyOf(patterns);
    }

    /** Words that judge a way of doing it as harmful. */
    private static final String HARMFUL = "(?:unsafe|dangerous|risky|insecure)";
    /** A long option written in the model answer ("--reuse-values"). */
    private static final Pattern LONG_OPTION = Pattern.compile("(?<![\\w-])--([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]{4,})\\b");
    /** What ends the span between an option and a judgement, or turns the judgement onto something else. */
    private static final String OTHER_CLAUSE = "[.;:,!?()\\n]|\\b(?:not|no|never|rather|instead|than|unlike|while|whereas|"
            + "but|or|avoid|without|vs|versus)\\b|n't\\b";

    /**
     * The model answer judges one way unsafe ("An unsafe approach would be running `helm upgrade … --set …`") and
     * recommends an option that no sentence judging calls unsafe ("--reuse-values"): that option said to be unsafe,
     * dangerous or risky later in its clause ("--reuse-values is the unsafe one") turns the module's judgement around.
     * Only that order: a judgement before the option ("the unsafe way skips --reuse-values") often judges another way.
     */
    static List<String> otherJudgedPatterns(String modelAnswer) {
        String plain = modelAnswer.replace('`', ' ');
        Pattern harmful = Pattern.compile("\\b" + HARMFUL + "\\b", Pattern.CASE_INSENSITIVE);
        List<String> sentences = List.of(plain.split("(?<=[.!?])\\s+|\\n+"));
        if (sentences.stream().noneMatch(sentence -> harmful.matcher(sentence).find())) {
            return List.of();
        }
        Set<String> judged = new LinkedHashSet<>();
        Set<String> options = new LinkedHashSet<>();
        for (String sentence : sentences) {
            Matcher option = LONG_OPTION.matcher(sentence);
            while (option.find()) {
                options.add(option.group(1).toLowerCase(Locale.ROOT));
                if (harmful.matcher(sentence).find()) {
                    judged.add(option.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        options.removeAll(judged);
        String gap = "(?:(?!" + OTHER_CLAUSE + ")[\\s\\S]){0,40}?";
        List<String> patterns = new ArrayList<>();
        for (String option : options) {
            String name = "(?<![\\w-])(?:--)?" + Pattern.quote(option) + "(?![\\w-])";
            patterns.add("(?i)" + name + gap + "\\b" + HARMFUL + "\\b");
        }
        return patterns;
    }

    /** A field named in code as one word (`Principal`, `Resource`) and what follows it up to the next code span. */
    private static final Pattern FIELD = Pattern.compile("`([A-Za-z][\\w-]*)`([^`,;.!?\\n]*)");

    /**
     * The model answer gives two or more fields named in code their own values in one sentence ("the `Resource` of
     * your bucket ARN, and the `Principal` … the IAM Role ARN"): a word only one field's value has, put in, into or as
     * another of those fields ("their role ARN in the Resource"), puts it in the wrong field.
     */
    /** A comparison written as code: a name, "=", "==", "!=" or "<>", and a quoted or bare value. */
    private static final Pattern CONDITION = Pattern.compile("(?<![\\w.!<>=-])([A-Za-z_][\\w.]*)\\s*(==?|!=|<>)\\s*"
            + "('[^'\\n]{1,40}'|\"[^\"\\n]{1,40}\"|[\\w.-]{1,40})(?![\\w=])");

    /**
     * A condition the model answer writes as code (SQL's {@code status = 'pending'}, a label selector's
     * {@code env=prod}, a test's {@code x == 0}) written with the other operator ({@code status <> 'pending'},
     * {@code env!=prod}) selects exactly the other rows: the module's condition negated.
     */
    static List<String> negatedConditionPatterns(String modelAnswer) {
        List<String> patterns = new ArrayList<>();
        Matcher condition = CONDITION.matcher(modelAnswer);
        while (condition.find()) {
            String value = condition.group(3).replaceAll("^['\"]|['\"]$", "");
            boolean equal = condition.group(2).startsWith("=");
            String operator = equal ? "(?:!=|<>)" : "(?<![!<>=])==?(?!=)";
            String pattern = "(?i)(?<![\\w.])" + Pattern.quote(condition.group(1)) + "\\s*" + operator + "\\s*['\"]?"
                    + Pattern.quote(value) + "\\b";
            if (!patterns.contains(pattern)) {
                patterns.add(pattern);
            }
        }
        return patterns;
    }

    /** "sorted by `customer_id` first": a name in code, then "first". */
    private static final Pattern CODE_FIRST = Pattern.compile("`([^`\\n]{1,40})`\\s+first\\b");
    private static final Pattern SHORT_CODE_SPAN = Pattern.compile("`([^`\\n]{1,40})`");

    /**
     * Where a sentence of the model answer puts one of two names in code first ("sorted by `customer_id` first and by
     * `created_at` only within each customer"), the other name put first ("sorted by created_at first") gives the
     * order the other way round: index column order, evaluation and precedence orders.
     */
    static List<String> otherFirstPatterns(String modelAnswer) {
        List<String> patterns = new ArrayList<>();
        for (String sentence : modelAnswer.split("(?<=[.!?])\\s+|\\n+")) {
            Matcher first = CODE_FIRST.matcher(sentence);
            if (!first.find()) {
                continue;
            }
            Matcher span = SHORT_CODE_SPAN.matcher(sentence);
            while (span.find()) {
                String other = span.group(1);
                if (other.equals(first.group(1)) || other.contains(first.group(1)) || first.group(1).contains(other)) {
                    continue;
                }
                String pattern = "(?i)(?<![\\w.])`?" + Pattern.quote(other) + "`?\\s+first\\b";
                if (!patterns.contains(pattern)) {
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }

    static List<String> otherFieldPatterns(String modelAnswer) {
        List<String> patterns = new ArrayList<>();
        for (String sentence : modelAnswer.split("(?<=[.!?])\\s+|\\n+")) {
            Map<String, Set<String>> values = new LinkedHashMap<>();
            Map<String, String> spelled = new HashMap<>();
            Set<String> codeStems = new java.util.HashSet<>();
            Matcher field = FIELD.matcher(sentence);
            while (field.find()) {
                codeStems.add(Words.of(field.group(1)).isEmpty() ? "" : Words.of(field.group(1)).get(0).stem());
                Set<String> own = new LinkedHashSet<>();
                for (Word word : Words.of(field.group(2))) {
                    if (word.distinctive() && !word.text().chars().allMatch(Character::isDigit)) {
                        own.add(word.stem());
                        spelled.putIfAbsent(word.stem(), word.text());
                    }
                }
                if (!own.isEmpty()) {
                    values.merge(field.group(1), own, (a, b) -> {
                        Set<String> both = new LinkedHashSet<>(a);
                        both.addAll(b);
                        return both;
                    });
                }
            }
            if (values.size() < 2) {
                continue;
            }
            for (Map.Entry<String, Set<String>> target : values.entrySet()) {
                for (Map.Entry<String, Set<String>> other : values.entrySet()) {
                    if (other.getKey().equals(target.getKey())) {
                        continue;
                    }
                    for (String stem : other.getValue()) {
                        if (target.getValue().contains(stem) || codeStems.contains(stem)) {
                            continue;
                        }
                        patterns.add("(?i)\\b" + Pattern.quote(spelled.get(stem)) + "\\b(?:[ \\t]+(?!and\\b|or\\b)"
                                + "[\\w:'-]+){0,2}?[ \\t]+(?:in|into|as)[ \\t]+(?:the[ \\t]+)?`?"
                                + Pattern.quote(target.getKey()) + "\\b");
                    }
                }
            }
        }
        return patterns;
    }

    /** A comparison written in code: an operand, "<", "<=", ">" or ">=", and a number ("result[0] < 0.01"). */
    private static final Pattern BOUND = Pattern.compile("([A-Za-z_][\\w.]*(?:\\[\\d+\\])?)\\s*([<>]=?)\\s*(\\d+(?:\\.\\d+)?)(?!\\.?\\d)");

    /**
     * A bound the model answer writes in code ("successCondition: result[0] < 0.01") written with the operator turned
     * round ("result[0] > 0.01", "result[0] >= 0.01"): the same operand and number on the other side.
     */
    static List<String> boundPatterns(String modelAnswer) {
        Set<String> patterns = new LinkedHashSet<>();
        Matcher bound = BOUND.matcher(modelAnswer);
        while (bound.find()) {
            String other = bound.group(2).startsWith("<") ? ">=?" : "<=?";
            patterns.add("(?<![\\w.])" + Pattern.quote(bound.group(1)) + "\\s*" + other + "\\s*"
                    + Pattern.quote(bound.group(3)) + "(?!\\.?\\d)");
        }
        return List.copyOf(patterns);
    }

    /** A misconception read by patterns alone, those the model answer itself does not match. */
    private static void addPatterns(List<Item> items, String id, int firstIndex, String says, String modelAnswer,
            List<String> patterns) {
        List<String> unmatched = patterns.stream().filter(p -> !Pattern.compile(p).matcher(modelAnswer).find()).toList();
        if (!unmatched.isEmpty()) {
            items.add(new Item(id + (firstIndex + items.size()), label(says + modelAnswer), 0, false,
                    RubricDrafter.MISCONCEPTION_CAP, List.of(), unmatched));
        }
    }

    /**
     * "increase * limit" becomes "lower * limit", "decrease * limit", …; "utilization dropped" "utilization * up"; "add
     * `fallthrough`" becomes "remove * fallthrough", "drop * fallthrough", ….
     */
    static List<String> directionPhrases(String text) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String clause : clauses(text)) {
            List<Word> words = Words.of(clause);
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                if (word.code()) {
                    continue;
                }
                if (SUPERLATIVES.containsKey(word.text())) {
                    // "at-least-once delivery" against "at-most-once delivery"
                    String object = headAfter(words, i);
                    if (!object.isEmpty()) {
                        phrases.add(SUPERLATIVES.get(word.text()) + " * " + object);
                    }
                    continue;
                }
                boolean adds = ADD.contains(word.stem());
                if (adds || REMOVE.contains(word.stem())) {
                    // "add `fallthrough`" against "remove fallthrough from the hosts block"
                    String object = headAfter(words, i);
                    if (!object.isEmpty()) {
                        (adds ? SAY_REMOVE : SAY_ADD).forEach(verb -> phrases.add(verb + " * " + object));
                    }
                }
                boolean up = UP.contains(word.stem());
                boolean down = DOWN.contains(word.stem());
                if (up || down) {
                    String object = headAfter(words, i);
                    if (!object.isEmpty()) {
                        (up ? SAY_DOWN : SAY_UP).forEach(verb -> phrases.add(verb + " * " + object));
                    }
                }
                boolean intransitive = endsClause(words, i);
                boolean rises = intransitive && (INTRANSITIVE_UP.contains(word.stem()) || up);
                boolean falls = intransitive && (INTRANSITIVE_DOWN.contains(word.stem()) || down);
                if ((rises || falls) && i > 0) {
                    String subject = subjectBefore(words, i);
                    if (!subject.isEmpty()) {
                        (rises ? SAY_FALLS : SAY_RISES).forEach(verb -> phrases.add(subject + " * " + verb));
                    }
                }
            }
        }
        return List.copyOf(phrases);
    }

    /**
     * For two named things the answer speaks of in separate clauses (code, acronyms, CamelCase or capitalised words
     * inside a sentence), the words it says only of the second, said of the first: "role * cluster".
     */
    static List<String> swapPhrases(String text, String questionText) {
        Set<String> questionStems = Words.stemsOf(questionText);
        List<List<String>> pairs = contrasted(questionText);
        Set<String> pairStems = new java.util.HashSet<>();
        pairs.forEach(pairStems::addAll);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Set<String>>> clausesOf = new HashMap<>();
        for (String clause : introducedClauses(text)) {
            List<Word> words = Words.of(clause);
            Set<String> named = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                String original = clause.substring(word.start(), word.end());
                // a name that is also a word of English ("`Never`") cannot be told from the word in a learner's answer
                if (word.meaningful() && (named(word, original, i) && questionStems.contains(word.stem())
                        || pairStems.contains(word.stem()))) {
                    named.add(word.stem());
                    names.putIfAbsent(word.stem(), word.text());
                }
            }
            Set<String> said = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                // what a clause denies ("which no longer exist in a v2 environment") is not said of its name
                boolean denied = i > 0 && NEGATIONS.contains(words.get(i - 1).text())
                        || i > 1 && NEGATIONS.contains(words.get(i - 2).text());
                if (w.distinctive() && !w.code() && !w.text().chars().allMatch(Character::isDigit)
                        && !questionStems.contains(w.stem()) && !denied) {
                    said.add(w.stem());
                }
            }
            said.removeAll(named);
            for (String name : named) {
                // a clause naming both says how they relate, not what either one is
                Set<String> alone = new LinkedHashSet<>(named);
                alone.remove(name);
                clausesOf.computeIfAbsent(name, k -> new ArrayList<>()).add(withMarker(said, alone));
            }
        }
        Set<String> phrases = new LinkedHashSet<>();
        for (List<String> pair : pairs) {
            for (int turn = 0; turn < 2; turn++) {
                String first = pair.get(turn);
                String second = pair.get(1 - turn);
                if (!clausesOf.containsKey(first) || !clausesOf.containsKey(second)) {
                    continue;
                }
                Set<String> ofFirst = saidOf(clausesOf.get(first), second);
                Set<String> ofSecond = saidOf(clausesOf.get(second), first);
                if (ofFirst.isEmpty() || ofSecond.isEmpty()) {
                    continue;
                }
                Set<String> allOfFirst = saidOf(clausesOf.get(first), null);
                int count = 0;
                for (String stem : ofSecond) {
                    // "contractual" said of the SLA keeps "contract" from being a word only the SLO has
                    boolean related = allOfFirst.stream().anyMatch(own -> Math.min(own.length(), stem.length()) >= 4
                            && (own.startsWith(stem) || stem.startsWith(own)));
                    // an everyday word ("path", "file") is said of either name in a learner's own words
                    if (allOfFirst.contains(stem) || related || CommonWords.STEMS.contains(stem)
                            || count >= MAX_FOREIGN) {
                        continue;
                    }
                    String word = wordFor(text, stem);
                    if (!word.isEmpty()) {
                        // the name first: "a Role grants them cluster-wide"; a word before a name often belongs to
                        // the clause's other subject ("HPA scales up again and VPA …")
                        phrases.add(names.get(first) + " * " + word);
                        count++;
                    }
                }
            }
        }
        return List.copyOf(phrases);
    }

    /** Words that start another clause about the other name or deny this one: the swap is no longer this name's. */
    private static final String NOT_THE_SAME_CLAUSE = "\\b(?:while|whereas|but|unlike|not|never|no|and)\\b|n't\\b";

    /**
     * The swap phrases ("policy * unhealthy") as patterns that reach over a longer clause ("a retry policy decides
     * when to stop calling an unhealthy dependency") up to a comma, another clause, a denial or the other name.
     */
    static List<String> swapPatterns(List<String> swapPhrases) {
        Set<String> names = new LinkedHashSet<>();
        swapPhrases.forEach(phrase -> names.add(phrase.substring(0, phrase.indexOf(" * "))));
        List<String> patterns = new ArrayList<>();
        for (String phrase : swapPhrases) {
            String name = phrase.substring(0, phrase.indexOf(" * "));
            String word = phrase.substring(phrase.indexOf(" * ") + 3);
            StringBuilder stop = new StringBuilder(NOT_THE_SAME_CLAUSE);
            names.stream().filter(other -> !other.equals(name))
                    .forEach(other -> stop.append("|\\b").append(Pattern.quote(other)));
            patterns.add("(?i)\\b" + Pattern.quote(name) + "(?:s|es)?\\b(?:(?!" + stop + ")[^.;:,!?]){0,60}?\\b"
                    + Pattern.quote(word) + "\\b");
        }
        return patterns;
    }

    /** Two named things the question sets side by side: "between Role and ClusterRole", "both HPA and VPA". */
    static List<List<String>> contrasted(String questionText) {
        String plain = questionText.replaceAll("\\([^)]*\\)", " ");
        List<Word> words = Words.of(plain);
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 1; i + 1 < words.size(); i++) {
            String connective = words.get(i).text();
            if (!Set.of("and", "or", "vs", "versus").contains(connective)) {
                continue;
            }
            Word before = null;
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                String original = plain.substring(words.get(j).start(), words.get(j).end());
                if (words.get(j).meaningful() && named(words.get(j), original, 1)) {
                    before = words.get(j);
                    break;
                }
            }
            Word after = null;
            for (int j = i + 1; j < words.size() && j <= i + 3; j++) {
                String original = plain.substring(words.get(j).start(), words.get(j).end());
                if (words.get(j).meaningful() && named(words.get(j), original, 1)) {
                    after = words.get(j);
                    break;
                }
            }
            if (before != null && after != null && !before.stem().equals(after.stem())) {
                pairs.add(List.of(before.stem(), after.stem()));
            }
        }
        Matcher between = BETWEEN.matcher(plain);
        while (between.find()) {
            // "the difference between a circuit breaker and a retry policy": the heads of the two noun groups
            List<Word> first = Words.of(between.group(1));
            List<Word> second = Words.of(between.group(2));
            if (first.isEmpty() || second.isEmpty()) {
                continue;
            }
            Word one = first.get(first.size() - 1);
            Word two = second.get(second.size() - 1);
            if (first.size() == 1 && second.size() >= 2 && sharedHead(two, one)) {
                // "between canary and blue-green deployments": both are deployments, told apart by the word before
                two = second.get(second.size() - 2);
            }
            List<String> pair = List.of(one.stem(), two.stem());
            if (one.distinctive() && two.distinctive() && !one.stem().equals(two.stem()) && !pairs.contains(pair)
                    && !pairs.contains(List.of(two.stem(), one.stem()))) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    /**
     * Whether {@code head}, the last word of the second noun group, is a plural the first group's single word shares
     * ("canary and blue-green deployments" are a canary deployment and a blue-green one).
     */
    private static boolean sharedHead(Word head, Word first) {
        return head.text().length() > 3 && head.text().endsWith("s") && !head.text().endsWith("ss")
                && !first.text().endsWith("s") && !head.code();
    }

    /** "between a circuit breaker and a retry policy": two noun groups of up to three words each. */
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(?:an?\\s+|the\\s+)?((?:[\\w-]+\\s+){0,2}?[\\w-]+)"
            + "\\s+and\\s+(?:an?\\s+|the\\s+)?((?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s*(?=[?.,;:!]|$)",
            Pattern.CASE_INSENSITIVE);

    /** "the SLO should be stricter than the SLA": a named thing, a comparative, "than", another named thing. */
    private static final Pattern COMPARISON = Pattern.compile("(`[^`]+`|[\\w-]+)((?:\\s+[\\w'-]+){0,4}?)\\s+((?:more|less)\\s+"
            + "[\\w-]+|[a-z]+er)\\s+than\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(`[^`]+`|[\\w-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_COMPARATIVES = Set.of("rather", "other", "whether", "either", "neither",
            "never", "ever", "under", "over", "after", "per", "order", "number", "user", "server", "cluster", "layer");

    /**
     * Two named things compared ("the SLO should be stricter than the SLA", "a Role is narrower than a ClusterRole"),
     * compared the other way round ("the SLA should be stricter than the SLO").
     */
    static List<String> comparisons(String text, String questionText) {
        Set<String> pairStems = new java.util.HashSet<>();
        contrasted(questionText).forEach(pairStems::addAll);
        Set<String> phrases = new LinkedHashSet<>();
        for (String sentence : sentences(text)) {
            Matcher comparison = COMPARISON.matcher(sentence);
            for (Word start : Words.of(sentence)) {
                // tried from every word: "because the SLO should be stricter than the SLA" begins at "SLO"
                if (!comparison.find(start.start()) || comparison.start() != start.start()
                        && comparison.start() != start.start() - 1) {
                    continue;
                }
                String comparative = comparison.group(3);
                if (NOT_COMPARATIVES.contains(comparative.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String one = comparison.group(1).replace("`", "");
                String other = comparison.group(4).replace("`", "");
                if (isName(one, pairStems) && isName(other, pairStems)
                        && !Words.stemsOf(one).equals(Words.stemsOf(other))) {
                    phrases.add("(?i)(?<![\\w-])" + Pattern.quote(other) + "(?![\\w-])[^.;:]{0,40}\\b"
                            + comparative.replaceAll("\\s+", "\\\\s+") + "\\s+than\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?"
                            + Pattern.quote(one) + "(?![\\w-])");
                }
            }
        }
        return List.copyOf(phrases);
    }

    private static boolean isName(String text, Set<String> pairStems) {
        List<Word> words = Words.of(text);
        if (words.size() != 1 || !words.get(0).meaningful()) {
            return false;
        }
        return named(words.get(0), text, 1) || pairStems.contains(words.get(0).stem());
    }

    /** States and their opposites: "mount it read-only in the main container" against "writable in the main container". */
    private static final Map<Pattern, List<String>> STATES = Map.of(
            Pattern.compile("\\bread[- ]?only\\b", Pattern.CASE_INSENSITIVE), List.of("writable", "writeable", "read-write"),
            Pattern.compile("\\bwrit(?:e)?able\\b", Pattern.CASE_INSENSITIVE), List.of("read-only", "readonly"),
            Pattern.compile("\\bprivate\\b", Pattern.CASE_INSENSITIVE), List.of("public"),
            Pattern.compile("\\bpublic\\b", Pattern.CASE_INSENSITIVE), List.of("private"));

    /** Where a sentence starts; a dot inside a name ("conf.d") starts none. */
    private static final String SENTENCE_START = "(?:^|[.;:!?]\\s+)";
    /** Any character of the sentence up to a denial ("Don't make it writable" keeps it read-only). */
    private static final String UNDENIED = "(?:(?![.;:!?]\\s)(?!\\b(?:not|no|never)\\b|n't\\b)[\\s\\S])*?";

    /**
     * A state the answer gives something, the opposite state given to the same thing in a sentence that does not deny
     * it: "mount it read-only in the main container" against "keep them writable in the main container".
     */
    static List<String> statePatterns(String text) {
        List<String> patterns = new ArrayList<>();
        for (String phrase : statePhrases(text)) {
            String[] parts = phrase.split(" \\* ");
            patterns.add("(?i)" + SENTENCE_START + UNDENIED + "(?<![\\w-])" + Pattern.quote(parts[0]) + "(?![\\w-])"
                    + "(?:(?![.;:!?]\\s)[\\s\\S]){0,25}?\\b" + Pattern.quote(parts[1]) + "\\w*\\b");
        }
        return patterns;
    }

    /** The opposite state and the thing it is given to, as "writable * container". */
    static List<String> statePhrases(String text) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String clause : clauses(text)) {
            for (Map.Entry<Pattern, List<String>> state : STATES.entrySet()) {
                Matcher said = state.getKey().matcher(clause);
                while (said.find()) {
                    List<Word> after = Words.of(clause.substring(said.end()));
                    String object = headAfter(after, -1);
                    if (!object.isEmpty() && Words.of(object).stream().allMatch(Word::distinctive)) {
                        state.getValue().forEach(opposite -> phrases.add(opposite + " * " + object));
                    }
                }
            }
        }
        return List.copyOf(phrases);
    }

    /** "The timeout proves only that …": evidence the answer limits to one thing. */
    private static final Pattern ONLY_SHOWS = Pattern.compile("\\b(prove|show|mean|tell|guarantee|confirm)(?:s|ed|n)?"
            + "\\s+only\\b|\\bonly\\s+(prove|show|mean|tell|guarantee|confirm)(?:s|ed|n)?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What the answer says a sign shows no more than ("The timeout proves only that checkout stopped waiting"), said to
     * show something outright ("a timeout proves the provider didn't process it"), in a sentence that does not deny it.
     * Where the model answer names the sign ("`systemctl status` only shows a few lines"), the overclaim is about that
     * sign: another one shown to show everything ("journalctl -u app shows everything the unit logged") is not it.
     */
    static List<String> overclaimPatterns(String text) {
        Set<String> patterns = new LinkedHashSet<>();
        Matcher only = ONLY_SHOWS.matcher(text);
        while (only.find()) {
            String verb = (only.group(1) != null ? only.group(1) : only.group(2)).toLowerCase(Locale.ROOT);
            List<String> subject = signWords(text, only.start());
            String sign = subject.isEmpty() ? "" : "\\b(?:" + String.join("|", subject) + ")\\w*" + UNDENIED;
            patterns.add("(?i)" + SENTENCE_START + UNDENIED + sign + "(?<!only\\s)\\b" + verb + "(?:s|ed|n)?\\b"
                    + "(?!\\s+(?:only|just|nothing|little)\\b)(?!\\s+that\\s+(?:only|just)\\b)");
        }
        return List.copyOf(patterns);
    }

    /** The last two distinctive words of the clause before {@code end}, as quoted stems: the sign that "only shows". */
    private static List<String> signWords(String text, int end) {
        String before = text.substring(0, end);
        int clause = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")),
                Math.max(before.lastIndexOf(": "), before.lastIndexOf(", ")));
        List<Words.Word> words = Words.of(before.substring(clause + 1)).stream().filter(Words.Word::distinctive).toList();
        return words.subList(Math.max(0, words.size() - 2), words.size()).stream()
                .map(word -> Pattern.quote(word.stem())).toList();
    }

    /** "drop all capabilities", "`drop: [\"ALL\"]`": an instruction to do it to all of them. */
    private static final Pattern TO_ALL = Pattern.compile("\\b([a-z]+)\\s+(?:[a-z]+\\s+){0,2}?(?:all|every)\\b|\\b([a-z]+):\\s*\\[\\s*\"?ALL\\b",
            Pattern.CASE_INSENSITIVE);

    /** Done to all of them, said to be done to only some: "Drop only SETUID and SYS_CHROOT". */
    static List<String> narrowedPatterns(String text) {
        Set<String> patterns = new LinkedHashSet<>();
        for (String sentence : sentences(text)) {
            Matcher all = TO_ALL.matcher(sentence);
            while (all.find()) {
                String verb = (all.group(1) != null ? all.group(1) : all.group(2)).toLowerCase(Locale.ROOT);
                if (RubricDrafter.IMPERATIVES.contains(dev.praxis.text.Stemmer.stem(verb))) {
                    String v = Pattern.quote(verb);
                    patterns.add("(?i)\\b" + v + "\\w*\\s+(?:just\\s+|only\\s+)(?!all\\b)|\\bonly\\s+" + v + "\\w*\\s+(?!all\\b)");
                }
            }
        }
        return List.copyOf(patterns);
    }

    /** "only apply within that namespace", "only in the current directory": a restriction to one place. */
    private static final Pattern ONLY_WITHIN = Pattern.compile("\\bonly\\b[^.;,]{0,30}?\\b(?:within|inside|in|to)\\s+"
            + "(?:that|this|the|its|their|one|a single|a specific|the same)\\s+(?:[\\w-]+\\s+)?([\\w-]+)",
            Pattern.CASE_INSENSITIVE);

    /** The restricted place widened to all of them: "across all namespaces", "every namespace", "any namespace". */
    static List<String> widenedPhrases(String text) {
        Set<String> phrases = new LinkedHashSet<>();
        Matcher only = ONLY_WITHIN.matcher(text);
        while (only.find()) {
            String place = only.group(1).toLowerCase(Locale.ROOT);
            if (Words.of(place).stream().noneMatch(Word::distinctive)) {
                continue;
            }
            phrases.add("all " + place);
            phrases.add("every " + place);
            phrases.add("any " + place);
            phrases.add("across * " + place);
        }
        return List.copyOf(phrases);
    }

    /** "BestEffort first, then Burstable …, then Guaranteed": the words that tell what comes first, next and last. */
    private static final Pattern SEQUENCE = Pattern.compile("\\bfirst\\b[^.;]*\\bthen\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STEP_BREAK = Pattern.compile(",?\\s*\\b(?:then|next|finally|and then)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What the model answer puts in an order, said in another: a sentence "X first, then Y, then Z" or three or more
     * instructions one after another ("Create a ServiceAccount. Create a Role … Create a RoleBinding …"). A later item
     * said to come first ("the RoleBinding first"), an earlier one said to come last, or a later one before an earlier
     * one reverses the order.
     */
    static List<String> orderPhrases(String text) {
        List<String> items = new ArrayList<>();
        for (String sentence : sentences(text)) {
            if (SEQUENCE.matcher(sentence).find()) {
                for (String step : STEP_BREAK.split(sentence)) {
                    // "The kubelet evicts in QoS order: BestEffort first": the name just before "first"
                    Matcher first = FIRST.matcher(step);
                    String item = first.find() ? lastNamed(step.substring(0, first.start())) : firstNamed(step);
                    if (!item.isEmpty() && !items.contains(item)) {
                        items.add(item);
                    }
                }
                break;
            }
        }
        if (items.size() < 3) {
            items.clear();
            for (String sentence : sentences(text)) {
                if (!RubricDrafter.imperative(sentence)) {
                    if (items.size() >= 3) {
                        break;
                    }
                    items.clear();
                    continue;
                }
                String item = objectOf(sentence);
                if (!item.isEmpty() && !items.contains(item)) {
                    items.add(item);
                }
            }
        }
        if (items.size() < 3) {
            items = ordinalSteps(text);
        }
        if (items.size() < 3) {
            return List.of();
        }
        Set<String> phrases = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                phrases.add(items.get(i) + " first");
            }
            if (i < items.size() - 1) {
                phrases.add(items.get(i) + " * last");
            }
            for (int j = 0; j < i; j++) {
                // "before" opens a clause for the grader's phrases, so the order is read as a pattern
                phrases.add("(?i)\\b" + Pattern.quote(items.get(i)) + "\\w*\\b[^.;:]{0,40}\\bbefore\\b[^.;:]{0,20}\\b"
                        + Pattern.quote(items.get(j)));
                // "cpu.max at the root, that is the limit; then read /proc/<PID>/cgroup": a later step, then an earlier one
                phrases.add("(?i)" + Pattern.quote(items.get(i)) + "[^.]{0,60}\\b(?:then|next|after that)\\b[^.]{0,30}"
                        + Pattern.quote(items.get(j)));
            }
        }
        return List.copyOf(phrases);
    }

    /** A sentence that opens with an ordinal: "First, you run …", "Next, you read …", "Finally, you inspect …". */
    private static final Pattern ORDINAL = Pattern.compile("^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|"
            + "after that|finally|lastly)\\b,?\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * Steps told in sentences that each open with an ordinal, from one opening "First" on: the first named thing of
     * each step ("First, you run `docker inspect` …. Next, you read `/proc/<PID>/cgroup` …" → the two commands).
     */
    private static List<String> ordinalSteps(String text) {
        List<String> items = new ArrayList<>();
        for (String sentence : sentences(text)) {
            Matcher ordinal = ORDINAL.matcher(sentence);
            boolean opens = ordinal.find();
            if (items.isEmpty() && !(opens && ordinal.group().toLowerCase(Locale.ROOT).startsWith("first"))) {
                continue;
            }
            if (!opens) {
                break;
            }
            String item = firstNamed(sentence.substring(ordinal.end()));
            if (!item.isEmpty() && !items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?])\\s+(?!\\d)|\\n+|\\s+(?=\\d{1,2}[.)]\\s)")) {
            String item = sentence.strip().replaceFirst("^(?:[-*+]|\\d{1,2}[.)])\\s+", "");
            if (item.chars().anyMatch(Character::isLetter)) {
                sentences.add(item);
            }
        }
        return sentences;
    }

    private static final Pattern FIRST = Pattern.compile("\\bfirst\\b", Pattern.CASE_INSENSITIVE);

    /** The last named word of the text (the name just before "first"). */
    private static String lastNamed(String text) {
        List<String> named = namedWords(text);
        return named.isEmpty() ? "" : named.get(named.size() - 1);
    }

    /** The first named word of a step ("then Burstable pods exceeding …" → "burstable"). */
    private static String firstNamed(String step) {
        List<String> named = namedWords(step);
        return named.isEmpty() ? "" : named.get(0);
    }

    private static List<String> namedWords(String text) {
        return Words.of(text).stream().filter(word -> word.distinctive()
                && named(word, text.substring(word.start(), word.end()), 1)).map(Word::text).toList();
    }

    /** What an instruction acts on: the first distinctive word after its verb ("Create a `Role` with …" → "role"). */
    private static String objectOf(String sentence) {
        List<Word> words = Words.of(sentence);
        for (int i = 1; i < words.size() && i <= 3; i++) {
            if (words.get(i).distinctive()) {
                return words.get(i).text();
            }
        }
        return "";
    }

    /** "First make sure no apply is still running", "Only once you are sure …": a check the model answer makes first. */
    private static final Pattern CHECK_FIRST = Pattern.compile("\\b(?:first|only once|only after|only when|before)\\b"
            + "[^.;:]{0,30}?\\b(?:make sure|check|confirm|verify|are sure|is sure)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The check the model answer makes before acting, said to be needless ("there is no need to check whether anything is
     * still running", "without confirming").
     */
    static List<String> skippedCheckPatterns(String modelAnswer) {
        if (!CHECK_FIRST.matcher(modelAnswer).find()) {
            return List.of();
        }
        return List.of("(?i)\\b(?:no need to|don't need to|do not need to|needn't|never need to|without)\\s+"
                + "(?:\\w+\\s+){0,2}?(?:check|checking|confirm|confirming|make sure|making sure|verify|verifying)\\b");
    }

    /** "move the database check to the readiness probe": where the model answer moves something, and that place's kind. */
    private static final Pattern MOVE_TO = Pattern.compile("\\bmove\\b[^.;:]{0,40}?\\b(?:to|into)\\s+(?:the\\s+|a\\s+)?"
            + "([a-z][\\w-]*)\\s+([a-z][\\w-]*)", Pattern.CASE_INSENSITIVE);

    /**
     * The model answer moves something to one of a kind ("to the readiness probe") that the question or the model answer
     * names another of ("the liveness probe"): moved to or into that other one ("into liveness") is the move reversed.
     */
    static List<String> movedElsewherePatterns(String modelAnswer, String questionText) {
        List<String> patterns = new ArrayList<>();
        Matcher move = MOVE_TO.matcher(modelAnswer);
        while (move.find()) {
            String target = move.group(1);
            String kind = move.group(2);
            Matcher other = Pattern.compile("\\b([a-z][\\w-]*)\\s+" + Pattern.quote(kind) + "\\b",
                    Pattern.CASE_INSENSITIVE).matcher(modelAnswer + "\n" + questionText);
            while (other.find()) {
                String name = other.group(1);
                if (!name.equalsIgnoreCase(target) && !CommonWords.STEMS.contains(name.toLowerCase(Locale.ROOT))
                        && Words.of(name).stream().allMatch(Word::distinctive)) {
                    String pattern = "(?i)\\bmove\\b[^.;:]{0,60}?\\b(?:to|into)\\s+(?:the\\s+|a\\s+)?"
                            + Pattern.quote(name) + "\\b";
                    if (!patterns.contains(pattern)) {
                        patterns.add(pattern);
                    }
                }
            }
        }
        return patterns;
    }

    /** A file named like a controller's setting: `cpu.max`, `memory.current` (a name, a dot, a name). */
    private static final Pattern DOTTED = Pattern.compile("([a-z][a-z0-9_-]+)\\.([a-z][a-z0-9_]+)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    /**
     * The dotted files the model answer names in code (`cpu.max`), and a sibling of the same family the model answer and
     * the question never name ("cpu.cfs_quota_us"): the answer reads another file than the one the module reads.
     */
    static List<String> siblingFilePatterns(String modelAnswer, String questionText) {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        Matcher code = CODE_SPAN.matcher(modelAnswer);
        while (code.find()) {
            for (String token : code.group(1).split("[\\s/]+")) {
                Matcher dotted = DOTTED.matcher(token);
                if (dotted.matches()) {
                    known.computeIfAbsent(dotted.group(1), k -> new LinkedHashSet<>()).add(dotted.group(2));
                }
            }
        }
        List<String> patterns = new ArrayList<>();
        known.forEach((family, files) -> {
            Set<String> named = new LinkedHashSet<>(files);
            Matcher said = Pattern.compile("(?<![\\w.-])" + Pattern.quote(family) + "\\.([a-z][a-z0-9_]+)")
                    .matcher(modelAnswer + "\n" + questionText);
            while (said.find()) {
                named.add(said.group(1));
            }
            String others = named.stream().map(name -> Pattern.quote(name) + "\\b").reduce((a, b) -> a + "|" + b)
                    .orElseThrow();
            patterns.add("(?<![\\w.-])" + Pattern.quote(family) + "\\.(?!" + others + ")[a-z][a-z0-9_]+\\b");
        });
        return patterns;
    }

    /** "Setting requests equal to limits (Guaranteed QoS) would have protected it": what was missing, and its verb. */
    private static final Pattern COUNTERFACTUAL = Pattern.compile("([^.;:!?]*?)\\b(?:would|could)\\s+have\\s+"
            + "(?:protected|prevented|helped|avoided|saved|stopped|kept)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What the model answer says would have helped is what the situation lacked: the names of that remedy
     * ("Guaranteed", "QoS") said to be the case ("The pod is Guaranteed") are the situation misread; said as a
     * condition or a purpose ("if it is Guaranteed", "set request = limit so it's Guaranteed") they are the remedy.
     */
    static List<String> counterfactualPatterns(String text) {
        return COUNTERFACTUAL.matcher(text).results().map(found -> found.group(1))
                .flatMap(remedy -> Words.of(remedy).stream()
                        .filter(word -> word.distinctive() && !word.code()
                                && named(word, remedy.substring(word.start(), word.end()), 1))
                        .map(word -> remedy.substring(word.start(), word.end())))
                .map(name -> "(?i)(?<!\\b(?:if|so|so that|once|until|when|unless)\\s[\\w-]{1,12}\\s?)\\b(?:is|are|'s)\\s+"
                        + "(?:already\\s+|in\\s+(?:the\\s+)?)?" + Pattern.quote(name) + "\\b")
                .distinct().toList();
    }

    private static final Pattern BOTH = Pattern.compile("\\bboth\\s+(?:a\\s+|an\\s+|the\\s+)?`?([\\w-]+)`?(?:\\s+[\\w-]+)?"
            + "\\s+and\\s+(?:a\\s+|an\\s+|the\\s+)?`?([\\w-]+)", Pattern.CASE_INSENSITIVE);

    /** "Create both a LimitRange and ResourceQuota": one of them said to be enough ("a LimitRange alone is enough"). */
    static List<String> alone(String text) {
        Matcher both = BOTH.matcher(text);
        if (!both.find()) {
            return List.of();
        }
        String either = "(?:" + Pattern.quote(both.group(1)) + "|" + Pattern.quote(both.group(2)) + ")";
        return List.of("(?i)\\b" + either + "\\s+(?:alone|by itself|on its own)\\b",
                "(?i)\\b(?:only|just)\\s+(?:a\\s+|an\\s+|the\\s+)?" + either + "\\b(?!\\s+and\\b)");
    }

    /** The phrases the model answer does not itself hold: a reversal of the answer is never the answer. */
    static List<String> unsaid(List<String> phrases, AnalysedText model) {
        List<String> kept = new ArrayList<>();
        for (String phrase : phrases) {
            try {
                if (Wording.of(phrase).matches(model).stream().noneMatch(Match::held)) {
                    kept.add(phrase);
                }
            } catch (IllegalArgumentException unusable) {
                // a phrase of words the grader's tokenizer reads as nothing: not a phrase at all, so none to keep
            }
        }
        return kept;
    }

    private static final String OTHERS = "\u0000others:";

    /** A clause's words, with the other names it mentions kept apart (they make the clause about both). */
    private static Set<String> withMarker(Set<String> said, Set<String> others) {
        Set<String> marked = new LinkedHashSet<>(said);
        others.forEach(other -> marked.add(OTHERS + other));
        return marked;
    }

    /** What the clauses of one name say, leaving out those that also name {@code other} (null: keep them all). */
    private static Set<String> saidOf(List<Set<String>> clauses, String other) {
        Set<String> said = new LinkedHashSet<>();
        for (Set<String> clause : clauses) {
            if (other != null && clause.contains(OTHERS + other)) {
                continue;
            }
            clause.stream().filter(stem -> !stem.startsWith(OTHERS)).forEach(said::add);
        }
        return said;
    }

    /** A named thing: code, an acronym, CamelCase, or a capitalised word that does not open the clause. */
    private static boolean named(Word word, String original, int index) {
        if (word.code() || word.acronym()) {
            return true;
        }
        boolean camel = original.length() >= 4 && original.substring(1).chars().anyMatch(Character::isUpperCase)
                && original.chars().anyMatch(Character::isLowerCase);
        boolean capitalised = index > 0 && Character.isUpperCase(original.charAt(0)) && original.length() >= 3;
        // a version or a numbered name: "v1", "v2", "HTTP2", "ipv6"
        boolean versioned = original.matches("[A-Za-z]{1,5}\\d+[A-Za-z\\d]*");
        return camel || capitalised || versioned;
    }

    /** The head of the noun group after a direction word: "increase the HPA's `maxReplicas`" → "maxreplicas". */
    private static String headAfter(List<Word> words, int at) {
        String head = "";
        for (int j = at + 1; j < words.size() && j <= at + 4; j++) {
            Word word = words.get(j);
            if (word.text().equals("to") || word.text().equals("by") || word.text().equals("with")
                    || word.text().equals("so") || word.text().equals("than") || word.text().equals("for")) {
                break;
            }
            if (!head.isEmpty() && word.text().length() > 4 && word.text().endsWith("ly") && !word.code()) {
                // "lowering `ndots` globally can change …": the object ends before the adverb
                break;
            }
            if (word.meaningful() && !word.text().chars().allMatch(Character::isDigit)) {
                head = word.text();
            }
        }
        return head;
    }


    /**
     * A word of movement with nothing moved after it ("utilization dropped", "usage rises again") tells of the word
     * before it; "increases requests further" moves its object instead.
     */
    private static boolean endsClause(List<Word> words, int at) {
        for (int j = at + 1; j < words.size(); j++) {
            if (!PARTICLES.contains(words.get(j).text())) {
                return false;
            }
        }
        return at > 0;
    }

    /** The nearest meaningful word before a verb of movement: "per-pod CPU utilization dropped" → "utilization". */
    private static String subjectBefore(List<Word> words, int at) {
        for (int j = at - 1; j >= 0 && j >= at - 2; j--) {
            Word word = words.get(j);
            if (word.distinctive() && !UP.contains(word.stem()) && !DOWN.contains(word.stem())) {
                return word.text();
            }
        }
        return "";
    }

    /** The first word of the text with this stem, as written (lower case). */
    private static String wordFor(String text, String stem) {
        return Words.of(text).stream().filter(w -> w.stem().equals(stem)).map(Word::text).findFirst().orElse("");
    }

    /** Clauses, with a short introduction joined to the clause it introduces: "With `Replace`, the running Job …". */
    private static List<String> introducedClauses(String text) {
        List<String> joined = new ArrayList<>();
        String pending = "";
        for (String clause : clauses(text)) {
            List<Word> words = Words.of(clause);
            boolean names = words.stream().anyMatch(w -> w.meaningful() && named(w,
                    clause.substring(w.start(), w.end()), 1));
            if (words.size() <= 3 && names) {
                pending += clause + " ";
                continue;
            }
            joined.add(pending + clause);
            pending = "";
        }
        if (!pending.isBlank()) {
            joined.add(pending);
        }
        return joined;
    }

    /** The clauses of the text; code spans are never cut ("`updateMode: \"Off\"`" is one span). */
    private static List<String> clauses(String text) {
        StringBuilder masked = new StringBuilder(text);
        boolean code = false;
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) == '`') {
                code = !code;
            } else if (code && !Character.isLetterOrDigit(masked.charAt(i))) {
                masked.setCharAt(i, ' ');
            }
        }
        List<String> clauses = new ArrayList<>();
        java.util.regex.Matcher breaks = CLAUSE_BREAK.matcher(masked);
        int start = 0;
        while (breaks.find()) {
            add(clauses, text.substring(start, breaks.start()));
            start = breaks.end();
        }
        add(clauses, text.substring(start));
        return clauses;
    }

    private static void add(List<String> clauses, String clause) {
        if (!clause.isBlank()) {
            clauses.add(clause);
        }
    }

    private static String label(String sentence) {
        String text = sentence.replace("`", "").strip();
        return text.length() <= 240 ? text : text.substring(0, 237).strip() + "…";
    }
}
