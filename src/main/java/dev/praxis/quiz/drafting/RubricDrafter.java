package dev.praxis.quiz.drafting;

import dev.praxis.content.CourseModule;
import dev.praxis.content.QuizOption;
import dev.praxis.content.QuizQuestion;
import dev.praxis.quiz.drafting.DraftQuestion.Item;
import dev.praxis.quiz.drafting.DraftQuestion.Kind;
import dev.praxis.quiz.drafting.Words.Word;
import dev.praxis.text.Stemmer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a rubric for every quiz question that has a model answer, from the module's own words. Pure: the same module
 * always gives the same draft.
 * <ul>
 * <li>Multiple choice (options, one stated correct): the key. Naming the correct letter or its text is correct,
 * naming another is incorrect.</li>
 * <li>Open questions: the answer's first sentence is the decision (a required concept); each further sentence a
 * reason worth one point. A verdict of correct needs the decision and, when the answer gives two or more reasons,
 * one of them. Misconceptions come from what the answer rejects ("rather than X", "X would not help"), the option a
 * "this or that" question did not choose, the opposite of a yes/no answer, and the module's common-mistakes table
 * rows that speak about the question.</li>
 * </ul>
 */
public final class RubricDrafter {

    static final double DECISION_WEIGHT = 3;
    static final int MAX_REASONS = 4;
    static final double MISCONCEPTION_CAP = 0.1;
    static final double CHOICE_CAP = 0;
    /** The concept of a two-part question's remedy ("Why …, and what do you change?"). */
    static final String REMEDY = "remedy";
    /** The misconception of an answer that approves what the module's answer finds wrong. */
    static final String PREMISE_DENIED = "premise-denied";
    /** A "no" that opens an answer. */
    static final String NO = "^\\W*(?:no|false|incorrect|nope)\\b";
    /**
     * A "no" in words, in the answer's opening clause: "That won't help", "Sadly the wildcard doesn't solve it", "Not
     * safe - the earlier layer still has it". A yes/no question asks whether something helps, works or is safe, and
     * denying that in the first clause answers it.
     */
    static final String NO_IN_WORDS = "^\\W*(?:[\\w'*.-]+\\s+){0,5}?(?:won't|will not|wouldn't|would not|doesn't|does not|"
            + "don't|do not|isn't|is not|can't|cannot|not)\\s+(?:\\w+\\s+)?(?:help|work|solve|fix|matter|enough|safe|"
            + "change|protect|prevent|stop)\\w*\\b";
    /** A "yes" in words, in the answer's first clause with no negation in it: "The wildcard helps", "That will fix it". */
    static final String YES_IN_WORDS = "^(?![^.;:,!?\\n]*\\b(?:not|no|never|won't|doesn't|don't|isn't|can't|cannot|"
            + "wouldn't|only|partly)\\b)\\W*(?:[\\w'*.-]+\\s+){0,5}?(?:will\\s+|would\\s+|does\\s+)?(?:helps?|works?|"
            + "solves?|fix(?:es)?)\\s+(?:it|that|this|the)\\b";

    private static final Pattern POLARITY = Pattern.compile("^\\W*(yes|no|true|false|correct|incorrect)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An answer that opens by approving the situation the question describes: "It's fine", "Nothing is wrong". */
    static final Pattern APPROVES = Pattern.compile("^\\W*(?:(?:it|that|this)(?:'s|\\s+is|\\s+was)\\s+(?:fine|ok|"
            + "okay|safe|harmless|not a problem|no problem|correct|right)\\b|nothing(?:'s|\\s+is)?\\s+wrong\\b|"
            // "Nothing goes wrong", "Nothing happens to it", "It isn't harmful"
            + "nothing\\s+(?:goes|will go|would go|can go)\\s+wrong\\b|nothing\\s+(?:bad\\s+)?(?:happens|will happen)\\b|"
            + "(?:it|that|this)(?:\\s+is\\s+not|\\s+isn't|'s\\s+not|\\s+wouldn't\\s+be|\\s+won't\\s+be)\\s+(?:harmful|"
            + "a problem|an issue|dangerous|risky)\\b|"
            + "no problem\\b|(?:a\\s+)?(?:good|great|fine) idea\\b|(?:he|she|they|the (?:colleague|teammate|developer)) "
            + "(?:is|are) right\\b)"
            // anywhere in the answer: "…; there is nothing to investigate", "no need to check anything"
            + "|\\b(?:there(?:'s|\\s+is)\\s+)?nothing\\s+(?:else\\s+)?to\\s+(?:investigate|check|look\\s+(?:at|into)|debug|"
            + "worry\\s+about)\\b|\\bno\\s+need\\s+to\\s+(?:investigate|check|look|debug|worry)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A model answer that agrees with the question's proposal somewhere in its first sentence. */
    private static final Pattern AGREES = Pattern.compile("\\b(?:good idea|(?:is|are) right|is fine|makes sense|"
            + "is correct|is safe|will work|works)\\b", Pattern.CASE_INSENSITIVE);
    /** A short label that ends in a colon: "Calculation:", "The math:", "Why this is harmful:". */
    private static final Pattern LEAD_IN = Pattern.compile("[^.!?:]{1,40}:");
    private static final Pattern OMISSION = Pattern.compile("\\b(?:without|missing|forgetting|forgot|skipping|no)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVES = Pattern.compile(
            "((?:`[^`]+`|[\\p{L}\\d-]+))\\s+or\\s+(?:with\\s+|the\\s+|a\\s+|an\\s+)?((?:`[^`]+`|[\\p{L}\\d-]+))"
            // "the trade-off between `Forbid` and `Replace`": two named options set side by side
            + "|\\bbetween\\s+(`[^`]+`)\\s+and\\s+(`[^`]+`)",
            Pattern.UNICODE_CASE);
    private static final String[] RECOMMENDS = {"add * %s", "use * %s", "buy * %s", "choose * %s", "pick * %s",
        "switch to * %s", "go with * %s", "%s is better", "%s is the answer", "%s would fix", "%s solves",
        "%s will help", "%s would help", "just * %s", "enable * %s", "increase * %s", "more %s"};
    // no gap between the idea and "help", "fix", "better": a gap could swallow the "not" of "X won't help"

    private static final Pattern ACTION_QUESTION = Pattern.compile("\\b(?:what|how|which)\\b[^?.]{0,60}\\b(?:do|would|"
            + "should|will|can)\\s+you\\b|\\bwhat (?:change|fix|index|headers?|records?|command)s?\\b|\\bwhat should\\b|"
            + "\\bhow (?:do|can|would|should) (?:you|we|they|i)\\b", Pattern.CASE_INSENSITIVE);
    /** A question that asks for a choice between options it names. */
    private static final Pattern CHOICE_QUESTION = Pattern.compile("\\bwhich\\b[^?.]{0,40}\\b(?:choose|pick|prefer|"
            + "use|recommend)\\b|\\bwhich (?:is|one is|would be) (?:better|preferable)\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence that makes a choice: "X is usually better", "I would choose X", "prefer X". */
    private static final Pattern CHOOSES = Pattern.compile("\\b(?:is|are)\\s+(?:usually\\s+|generally\\s+|often\\s+|the\\s+)?"
            + "(?:better|preferable|the better choice|the right choice)\\b|\\b(?:choose|prefer|recommend|go with)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIAGNOSIS_QUESTION = Pattern.compile("\\bwhy\\b|\\bwhat (?:is|went) (?:wrong|"
            + "happening|going on)|\\bwhat explains\\b|\\bwhat is the (?:most likely )?cause\\b|\\bwhere are they\\b",
            Pattern.CASE_INSENSITIVE);
    static final Set<String> IMPERATIVES = Words.stems("use", "add", "create", "run", "set", "drop", "remove",
            "keep", "move", "put", "check", "look", "find", "treat", "rotate", "revoke", "lower", "raise", "increase",
            "reduce", "query", "build", "give", "send", "mark", "make", "enable", "disable", "protect", "decline",
            "start", "stop", "switch", "restore", "replace", "split", "limit", "cap", "configure", "install",
            "upgrade", "delete", "store", "avoid", "apply", "choose", "prefer", "pick", "wait", "migrate", "deploy",
            "write", "record", "monitor", "measure", "compare", "investigate", "inspect", "restart", "scale",
            "recommend", "serve", "return", "reject", "require", "grant", "restrict", "pin", "tag", "cache", "purge",
            "schedule", "fix", "take", "turn", "place", "separate", "ask", "document", "audit", "block", "allow",
            "upload", "attach", "bundle", "render", "transition", "expire", "archive", "automate");

    /** Actions and the actions that undo them: an answer that does the opposite of the decision reverses it. */
    private static final java.util.Map<String, List<String>> OPPOSITES = java.util.Map.ofEntries(
            java.util.Map.entry("drop", List.of("keep", "add")), java.util.Map.entry("remove", List.of("keep", "add")),
            java.util.Map.entry("delete", List.of("keep")), java.util.Map.entry("revoke", List.of("keep")),
            java.util.Map.entry("rotate", List.of("keep")), java.util.Map.entry("replace", List.of("keep")),
            java.util.Map.entry("add", List.of("remove", "drop")), java.util.Map.entry("keep", List.of("remove",
                    "delete", "drop", "stop", "turn off")),
            java.util.Map.entry("enable", List.of("disable", "turn off")),
            java.util.Map.entry("disable", List.of("enable", "keep", "turn on")),
            java.util.Map.entry("turn", List.of("keep")),
            java.util.Map.entry("lower", List.of("raise", "increase")),
            java.util.Map.entry("reduce", List.of("raise", "increase")),
            java.util.Map.entry("raise", List.of("lower", "reduce", "decrease")),
            java.util.Map.entry("increase", List.of("lower", "reduce", "decrease")),
            java.util.Map.entry("protect", List.of("expose")), java.util.Map.entry("abort", List.of("continue")),
            java.util.Map.entry("stop", List.of("continue", "keep")));

    /** The words of the misconception templates and opposite actions: a template's words are nobody's idea. */
    private static final Set<String> TEMPLATE_STEMS = templateStems();

    private RubricDrafter() {
    }

    /**
     * "Drop the unused indexes" is reversed by "keep * indexes": the opposite action on the decision's object (the
     * first distinctive word within three words after the verb). Also drafted from the model answer's later
     * instructions ("Keep the backups as well" reversed by "delete the backups"); none where the instruction keeps only
     * some or does the opposite itself.
     */
    static Optional<Item> opposite(String decision) {
        List<Word> words = Words.of(decision);
        if (words.size() < 2 || words.get(0).code()) {
            return Optional.empty();
        }
        List<String> opposites = OPPOSITES.get(words.get(0).text());
        if (opposites == null || Set.of("only", "just").contains(words.get(1).text())
                || words.stream().skip(1).anyMatch(word -> opposites.contains(word.text()))) {
            // "Keep only the indexes that queries use and drop the others": keeping some is dropping the rest, so an
            // answer that drops some does as the module says
            return Optional.empty();
        }
        List<String> phrases = new ArrayList<>();
        for (int i = 1; i < words.size() && i <= 4; i++) {
            Word object = words.get(i);
            if (object.meaningful() && !object.code()) {
                opposites.forEach(verb -> phrases.add(verb + " * " + object.text()));
            }
        }
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item("opposite-action", label("The module's answer does the opposite: " + decision), 0,
                false, MISCONCEPTION_CAP, phrases, List.of()));
    }

    /** A sentence that tells what to do: "Use …", "Run …", "You should …", "The fix is …". */
    static boolean imperative(String sentence) {
        List<Word> words = Words.of(sentence);
        if (words.isEmpty()) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        return IMPERATIVES.contains(words.get(0).stem()) && !words.get(0).code()
                || lower.matches("(?s).*\\b(?:you|we|they) (?:should|must|need to|can)\\b.*")
                || lower.matches("(?s).*\\b(?:the (?:fix|solution|answer|remedy) is|recommend)\\b.*");
    }

    /** An imperative sentence, or one whose later clause is one: "For access from inside, use a ClusterIP Service". */
    static boolean instructs(String sentence) {
        if (imperative(sentence)) {
            return true;
        }
        for (String clause : sentence.split("[,;:]\\s+|\\s+(?=use\\s)")) {
            List<Word> words = Words.of(clause);
            if (!words.isEmpty() && !words.get(0).code() && IMPERATIVES.contains(words.get(0).stem())) {
                return true;
            }
        }
        return false;
    }

    /** The draft of every question of the module that has a model answer; empty when none has one. */
    public static Optional<ModuleDraft> draft(CourseModule module) {
        List<CommonMistakes.Row> mistakes = CommonMistakes.in(module.proseHtml());
        Set<String> topical = topical(module.quiz().questions());
        ModuleSections sections = ModuleSections.of(module.proseHtml());
        List<DraftQuestion> questions = new ArrayList<>();
        for (QuizQuestion question : module.quiz().questions()) {
            if (question.hasAnswer()) {
                draft(question, mistakes, topical).map(drafted -> drafted.inSections(sections))
                        .ifPresent(questions::add);
            }
        }
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        // the question texts let the grader tell an answer that only repeats the question's facts, as for authored
        // rubrics
        return Optional.of(ModuleDraft.of(module.slug(), module.path(), questions)
                .withPrompts(module.quiz().openQuestionTexts()));
    }

    static Optional<DraftQuestion> draft(QuizQuestion question, List<CommonMistakes.Row> mistakes,
            Set<String> topical) {
        if (!question.options().isEmpty() && question.correctOption() != null) {
            return Optional.of(choice(question));
        }
        return open(question, mistakes, topical);
    }

    /** Stems used by at least three of the quiz's questions with their answers: the quiz's subject, not an idea. */
    static Set<String> topical(List<QuizQuestion> questions) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (QuizQuestion question : questions) {
            Set<String> stems = Words.stemsOf(question.questionText() + " "
                    + (question.answerText() == null ? "" : question.answerText()));
            stems.forEach(stem -> counts.merge(stem, 1, Integer::sum));
        }
        int bar = Math.max(3, (int) Math.ceil(questions.size() * 0.4));
        Set<String> topical = new HashSet<>();
        counts.forEach((stem, count) -> {
            if (count >= bar) {
                topical.add(stem);
            }
        });
        return topical;
    }

    private static DraftQuestion choice(QuizQuestion question) {
        String explanation = ModelAnswer.of(question.answerHtml(), true).text();
        List<Item> misconceptions = new ArrayList<>();
        Item key = null;
        for (QuizOption option : question.options()) {
            List<String> phrases = optionPhrases(option, question.options());
            List<String> patterns = List.of(letterPattern(option.letter()));
            if (option.letter().equals(question.correctOption())) {
                key = new Item("option-" + option.letter().toLowerCase(Locale.ROOT),
                        "Chooses " + option.letter() + ") " + option.text(), 1, true, 0, phrases, patterns);
            } else {
                misconceptions.add(new Item("option-" + option.letter().toLowerCase(Locale.ROOT),
                        "Option " + option.letter() + " (" + option.text() + ") is not the answer. " + explanation,
                        0, false, CHOICE_CAP, phrases, patterns));
            }
        }
        if (key == null) {
            key = new Item("option-" + question.correctOption().toLowerCase(Locale.ROOT),
                    "Chooses " + question.correctOption(), 1, true, 0, List.of(),
                    List.of(letterPattern(question.correctOption())));
        }
        return new DraftQuestion(question.number(), Kind.CHOICE, List.of(key), misconceptions, 0.99, 0.5, 1.0,
                Set.of());
    }

    /**
     * The letter as a choice: a capital standing alone ("B", "It's B, not A"), or any case after a word that announces
     * a choice ("option b", "answer: c") or at the start of the answer. A capital A counts only where it cannot be the
     * article: before punctuation, the end, or "is/because". A number (numbered options) only counts when announced.
     */
    static String letterPattern(String letter) {
        String upper = letter.toUpperCase(Locale.ROOT);
        String lower = letter.toLowerCase(Locale.ROOT);
        String announced = "(?:^\\W*|\\b(?:option|answer|choice|pick|choose|select|letter|go with|it's|it is|its|is)"
                + "\\s*:?\\s*)\\(?(?-i:" + upper + "|" + lower + ")(?![\\w'])(?!\\s+(?-i:[a-z]{2,}\\s+[a-z]))";
        if (letter.chars().allMatch(Character::isDigit)) {
            // a numbered option ("1." to "4.") counts only when announced: a bare "1" is a replica count or a port
            return announced;
        }
        String alone = upper.equals("A") || upper.equals("I")
                ? "(?<![\\w'])(?-i:" + upper + ")(?=\\s*(?:[).:,;!?]|$|\\s+(?:is|because|since|as)\\b|\\s+[-\u2014]))"
                : "(?<![\\w'-])(?-i:" + upper + ")(?![\\w'-])";
        return announced + "|" + alone;
    }

    /** Words of the option that no other option uses: naming them is naming this option. */
    private static List<String> optionPhrases(QuizOption option, List<QuizOption> all) {
        Set<String> others = new HashSet<>();
        all.stream().filter(o -> o != option).forEach(o -> others.addAll(Words.stemsOf(o.text())));
        List<String> own = Words.of(option.text()).stream()
                .filter(w -> w.distinctive() && !others.contains(w.stem())).map(Word::text).distinct().limit(2)
                .toList();
        List<String> phrases = new ArrayList<>();
        if (own.size() == 2) {
            phrases.add(own.get(0) + " * " + own.get(1));
        }
        own.stream().filter(word -> word.length() >= 5 && !CommonWords.STEMS.contains(Stemmer.stem(word)))
                .findFirst().ifPresent(phrases::add);
        return phrases;
    }

    private static Optional<DraftQuestion> open(QuizQuestion question, List<CommonMistakes.Row> mistakes,
            Set<String> topical) {
        ModelAnswer answer = ModelAnswer.of(question.answerHtml(), false);
        if (answer.sentences().isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>(answer.sentences());
        String decision = sentences.remove(0);
        boolean calculation = false;
        if (!sentences.isEmpty() && LEAD_IN.matcher(decision).matches() && Words.of(decision).size() <= 4) {
            // "**Calculation:**", "**The math:**": a label that introduces what follows decides nothing
            calculation = Results.CALCULATION_LABEL.matcher(decision).find();
            decision = sentences.remove(0);
        }
        String questionPlain = question.questionText() == null ? "" : question.questionText();
        // "How many minutes …?", "What is the burn rate …?": the calculation's result is the decision
        List<List<Results.Figure>> results = Results.QUANTITY_QUESTION.matcher(questionPlain).find()
                ? Results.groups(question.answerHtml(), answer.sentences(), questionPlain) : List.of();
        List<Results.Figure> result = results.isEmpty() ? List.of() : results.get(0);
        if (!result.isEmpty()) {
            sentences.add(0, decision);
            List<String> resultPatterns = Results.patterns(result);
            decision = answer.sentences().stream().filter(sentence -> resultPatterns.stream()
                    .anyMatch(p -> Pattern.compile(p).matcher(sentence).find())).findFirst().orElse(decision);
            sentences.remove(decision);
        }
        if (ACTION_QUESTION.matcher(questionPlain).find() && !DIAGNOSIS_QUESTION.matcher(questionPlain).find()
                && !imperative(decision)) {
            // "What do you do?" answered "X happened because Y. Do Z.": the decision is the instruction
            for (int i = 0; i < Math.min(2, sentences.size()); i++) {
                if (imperative(sentences.get(i))) {
                    String explanation = decision;
                    decision = sentences.remove(i);
                    sentences.add(0, explanation);
                    break;
                }
            }
        }
        if (CHOICE_QUESTION.matcher(questionPlain).find() && !CHOOSES.matcher(decision).find()) {
            // "What is the trade-off …, and which would you choose?" answered by describing both first: the decision
            // is the sentence that makes the choice ("For this use case, `Forbid` is usually better because …")
            for (int i = 0; i < sentences.size(); i++) {
                if (CHOOSES.matcher(sentences.get(i)).find()) {
                    String description = decision;
                    decision = sentences.remove(i);
                    sentences.add(0, description);
                    break;
                }
            }
        }
        String decisionSupport = sentences.isEmpty() ? "" : sentences.get(0);
        String questionText = ModelAnswer.visibleText(question.questionHtml());
        Set<String> questionStems = Words.stemsOf(questionText);
        List<List<Word>> rejected = new ArrayList<>();
        Set<String> rejectedStems = new HashSet<>();
        List<Item> misconceptions = new ArrayList<>();
        List<String> all = new ArrayList<>(sentences);
        all.add(0, decision);
        for (String sentence : all) {
            for (List<Word> idea : Rejections.in(sentence)) {
                rejected.add(idea);
                idea.forEach(word -> rejectedStems.add(word.stem()));
                recommends(idea, "rejected-" + (misconceptions.size() + 1), "The module's answer rules this out: "
                        + sentence).ifPresent(misconceptions::add);
            }
        }
        for (String sentence : all) {
            for (List<Word> action : Rejections.forbidden(sentence)) {
                // "Do not reach for chmod 777": doing it is the misconception; its words stay in the decision,
                // which the grader reads with the model answer's polarity
                List<Word> object = action.subList(1, action.size());
                List<String> phrases = new ArrayList<>();
                phrases.add(action.get(0).text() + " * " + object.get(object.size() - 1).text());
                if (object.stream().allMatch(Word::code) && object.size() >= 2) {
                    phrases.add(String.join(" ", object.stream().map(Word::text).toList()));
                }
                misconceptions.add(new Item("forbidden-" + (misconceptions.size() + 1), label(
                        "The module's answer warns against this: " + sentence), 0, false, MISCONCEPTION_CAP, phrases,
                        List.of()));
            }
            for (List<Word> fact : Rejections.deniedFacts(sentence)) {
                misconceptions.add(new Item("denied-" + (misconceptions.size() + 1), label(
                        "The module's answer says otherwise: " + sentence), 0, false, MISCONCEPTION_CAP,
                        List.of(fact.get(0).text() + " * " + fact.get(1).text()), List.of()));
            }
        }
        Set<String> excluded = new HashSet<>(questionStems);
        excluded.addAll(rejectedStems);
        boolean fallback = false;
        List<String> decisionPhrases = new ArrayList<>(Phrases.of(decision, excluded, topical));
        Set<String> used = new LinkedHashSet<>(decisionPhrases);
        if (decisionPhrases.size() < 2 && !decisionSupport.isEmpty()) {
            // a short decision ("Look at the available column.") is read together with the sentence that explains it
            for (String phrase : Phrases.of(decisionSupport, excluded, topical)) {
                if (!decisionPhrases.contains(phrase)) {
                    decisionPhrases.add(phrase);
                }
            }
        }
        decisionPhrases.addAll(0, ownCode(decision, questionText, questionStems, rejectedStems, decisionPhrases));
        for (String chosen : alternatives(questionText, decision, misconceptions)) {
            if (!decisionPhrases.contains(chosen)) {
                decisionPhrases.add(0, chosen);
            }
        }
        List<String> decisionPatterns = new ArrayList<>();
        if (!result.isEmpty()) {
            // the result, whatever words lead to it: "0.5% of 43200 min = 216 min" decides as the module does
            decisionPhrases = new ArrayList<>();
            decisionPatterns.addAll(Results.patterns(result));
        } else if (decisionPhrases.isEmpty()) {
            fallback = true;
            decisionPhrases = Phrases.of(decision, rejectedStems, Set.of());
        }
        used.addAll(decisionPhrases);
        Matcher polarity = POLARITY.matcher(answer.text());
        if (polarity.find()) {
            boolean affirmative = Set.of("yes", "true", "correct").contains(polarity.group(1).toLowerCase(Locale.ROOT));
            decisionPatterns.add(affirmative ? "^\\W*(?:yes|true|correct)\\b" : NO);
            if (!affirmative) {
                decisionPatterns.add(NO_IN_WORDS);
            }
            misconceptions.add(new Item("opposite-answer", "The module answers "
                    + polarity.group(1).toLowerCase(Locale.ROOT) + ": " + decision, 0, false, 0.1, List.of(),
                    affirmative ? List.of(NO) : List.of("^\\W*(?:yes|true|correct)\\b", YES_IN_WORDS)));
        }
        if (decisionPhrases.isEmpty() && decisionPatterns.isEmpty()) {
            return Optional.empty();
        }
        List<Results.Figure> computed = result.isEmpty() && calculation
                ? Results.of(question.answerHtml(), List.of()) : results.stream().flatMap(List::stream).toList();
        List<String> otherResults = Results.otherResults(computed, answer.text(), questionText);
        if (!otherResults.isEmpty()) {
            // "43,200 x 0.05 = 2,160 minutes": another number with the result's unit is another result
            misconceptions.add(new Item("other-result", label("The module's calculation gives "
                    + String.join(", ", computed.stream().map(f -> f.value() + (f.unit().isEmpty() ? "" : " "
                    + f.unit())).toList()) + ": " + decision), 0, false, MISCONCEPTION_CAP, List.of(), otherResults));
        }
        opposite(decision).ifPresent(misconceptions::add);
        for (String sentence : sentences) {
            // a later instruction of the model answer ("Keep the backups as well, for mistakes") is reversed the same
            // way: "and then we can delete the backups"
            Optional<Item> undone = opposite(sentence);
            if (undone.isPresent()) {
                Item item = undone.get();
                misconceptions.add(new Item("opposite-action-" + (misconceptions.size() + 1), item.label(),
                        item.weight(), item.required(), item.cap(), item.phrases(), item.patterns()));
            }
        }
        otherValues(decision, sentences, misconceptions);
        misconceptions.addAll(Reversals.of(answer.text(), questionText, misconceptions.size() + 1));
        if (!polarity.find(0) && !APPROVES.matcher(answer.text()).find()
                && !AGREES.matcher(answer.sentences().get(0)).find()) {
            misconceptions.add(new Item(PREMISE_DENIED, label("The module's answer sees a problem here: " + decision),
                    0, false, MISCONCEPTION_CAP, List.of(), List.of(APPROVES.pattern())));
        }
        List<Item> concepts = new ArrayList<>();
        concepts.add(new Item("decision", label(decision), DECISION_WEIGHT, true, 0, decisionPhrases,
                decisionPatterns));
        for (List<Results.Figure> further : results.subList(Math.min(1, results.size()), results.size())) {
            // "What is the burn rate, and how long until …?": each result the question asks for is needed
            List<String> patterns = Results.patterns(further);
            String says = answer.sentences().stream().filter(sentence -> patterns.stream()
                    .anyMatch(p -> Pattern.compile(p).matcher(sentence).find())).findFirst().orElse(decision);
            concepts.add(new Item("result-" + concepts.size(), label(says), 1, true, 0, List.of(), patterns));
        }
        int resultConcepts = concepts.size() - 1;
        // a sentence that turns an idea down still gives its reason ("new files inherit the directory's group instead
        // of the creator's"): the rejected words are excluded, the rest counts; a sentence about the rejected idea
        // ("swap would only postpone the kill") is left out
        List<String> supporting = sentences.stream().filter(sentence -> !Rejections.aboutRejected(sentence)).toList();
        boolean twoPart = ACTION_QUESTION.matcher(questionPlain).find()
                && DIAGNOSIS_QUESTION.matcher(questionPlain).find() && !imperative(decision);
        String remedy = twoPart ? supporting.stream().filter(RubricDrafter::instructs).findFirst().orElse("") : "";
        for (String group : groups(supporting)) {
            Set<String> reasonExcluded = new HashSet<>(excluded);
            reasonExcluded.addAll(Words.stemsOf(decision));
            // a pair with a word of a rejected idea ("erasing * failed" from "rather than erasing the failed
            // upgrade") is said of that idea, not of the reason
            List<String> phrases = new ArrayList<>(Phrases.of(group, excluded, topical).stream()
                    .filter(phrase -> Words.of(phrase).stream().noneMatch(word -> rejectedStems.contains(word.stem())))
                    .filter(used::add).toList());
            Phrases.lenientSingles(group, reasonExcluded, topical).stream().filter(used::add).forEach(phrases::add);
            if (!phrases.isEmpty()) {
                // "why, and what do you do?": the remedy alone answers half the question
                String id = !remedy.isEmpty() && group.contains(remedy) ? REMEDY : "reason-" + concepts.size();
                concepts.add(new Item(id, label(group), 1, false, 0, phrases, List.of()));
            }
        }
        mistakes(mistakes, question.questionText() + " " + answer.text(), questionStems, misconceptions);
        misconceptions = notHeldBy(answer.text(), misconceptions);
        int reasons = concepts.size() - 1 - resultConcepts;
        double total = DECISION_WEIGHT + resultConcepts + reasons;
        // a calculation's results are the whole answer; elsewhere the decision needs a reason
        double correct = result.isEmpty() ? floor((DECISION_WEIGHT + (reasons >= 1 ? 1 : 0)) / total)
                : floor((DECISION_WEIGHT + resultConcepts) / total);
        double partial = floor(Math.min(1, reasons == 0 ? DECISION_WEIGHT : 1) / total);
        double quality = Math.max(0, Math.min(0.95, 0.35 + 0.08 * Math.min(result.isEmpty() ? decisionPhrases.size() : 5, 5)
                + 0.05 * Math.min(reasons, 3) - (fallback ? 0.25 : 0)));
        return Optional.of(new DraftQuestion(question.number(), Kind.OPEN, concepts, misconceptions, correct, partial,
                quality, own(decision, supporting, excluded, misconceptions)));
    }

    /**
     * The stems of what the model answer says, less the question's words, the ideas it rejects and the words of every
     * misconception (a template's verbs aside): an instruction of the learner that uses none of them, nor a concept's
     * phrase, does something the module does not.
     */
    private static Set<String> own(String decision, List<String> supporting, Set<String> excluded,
            List<Item> misconceptions) {
        Set<String> own = new HashSet<>(Words.stemsOf(decision + " " + String.join(" ", supporting)));
        own.removeAll(excluded);
        for (Item misconception : misconceptions) {
            if (!IDEAS_RULED_OUT.matcher(misconception.id()).lookingAt()) {
                continue; // a denied fact or an opposite action is the model answer's own idea turned around
            }
            for (String phrase : misconception.phrases()) {
                Set<String> stems = new HashSet<>(Words.stemsOf(phrase.replace("*", " ")));
                stems.removeAll(TEMPLATE_STEMS);
                own.removeAll(stems);
            }
        }
        return own;
    }

    /** A command with a subcommand in a code span: tool, command, subcommand ("kubectl rollout undo"). */
    private static final Pattern COMMAND = Pattern.compile("^([a-z][\\w-]*)\\s+([a-z][\\w-]*)\\s+([a-z][\\w-]*)\\b");

    /** "(or higher)", "or more", "or lower" after a value: the value is a bound (group 1 set: an upper bound). */
    private static final Pattern OR_BEYOND = Pattern.compile("\\s*\\(?\\s*or\\s+(?:(lower|less|fewer|below|"
            + "smaller)|higher|more|above|greater|larger)\\b", Pattern.CASE_INSENSITIVE);

    /** A command-line flag and its value: "-n production", "--as=alice" (not "--from=cronjob/backup"'s path). */
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])(--?[a-z][\\w-]*)(?:=|\\s+)([a-z\\d][\\w.-]*)(?![\\w/:-])");

    /** A setting in a code span: a key that reads as one (dotted, snake or camel case) and the value given to it. */
    private static final Pattern SETTING = Pattern.compile("([A-Za-z][\\w.-]*[A-Za-z])\\s*[:=]\\s*([\\w.%-]+)");

    /**
     * "Set `maxUnavailable: 0`", "`auto.offset.reset=earliest`": the answer that gives the same setting another value
     * ("maxUnavailable: 1", "auto.offset.reset=latest") decides otherwise, however many of the module's words it uses.
     */
    private static void otherValues(String decision, List<String> sentences, List<Item> misconceptions) {
        List<String> instructing = new ArrayList<>();
        instructing.add(decision);
        sentences.stream().filter(RubricDrafter::instructs).forEach(instructing::add);
        Set<String> keys = new HashSet<>();
        for (String sentence : instructing) {
            Matcher spans = Pattern.compile("`([^`]+)`").matcher(sentence);
            while (spans.find()) {
                Matcher command = COMMAND.matcher(spans.group(1));
                if (command.find() && keys.add(command.group(1).toLowerCase(Locale.ROOT) + " "
                        + command.group(2).toLowerCase(Locale.ROOT))) {
                    // "kubectl rollout undo": "kubectl rollout restart" is another command
                    String pattern = "(?i)(?<![\\w-])" + Pattern.quote(command.group(1)) + "\\s+"
                            + Pattern.quote(command.group(2)) + "\\s+(?!" + Pattern.quote(command.group(3))
                            + "(?![\\w-]))[a-z][\\w-]*";
                    misconceptions.add(new Item("other-command-" + (misconceptions.size() + 1), label(
                            "The module runs " + command.group() + ": " + sentence), 0, false, MISCONCEPTION_CAP,
                            List.of(), List.of(pattern)));
                }
                Matcher flag = FLAG.matcher(spans.group(1));
                boolean commandLine = COMMAND.matcher(spans.group(1)).find();
                while (commandLine && flag.find()) {
                    // "-n production --as=alice": the same flag given another value ("-n alice") points elsewhere
                    if (!keys.add(flag.group(1))) {
                        continue;
                    }
                    String pattern = "(?i)(?<![\\w-])" + Pattern.quote(flag.group(1)) + "(?:=|\\s+)(?!"
                            + Pattern.quote(flag.group(2)) + "(?![\\w:/-]|\\.\\w))[\\w.:/][\\w.:/-]*";
                    misconceptions.add(new Item("other-value-" + (misconceptions.size() + 1), label("The module gives "
                            + flag.group(1) + " the value " + flag.group(2) + ": " + sentence), 0, false,
                            MISCONCEPTION_CAP, List.of(), List.of(pattern)));
                }
                Matcher setting = SETTING.matcher(spans.group(1));
                String after = sentence.substring(spans.end());
                while (setting.find()) {
                    String key = setting.group(1);
                    boolean keyLike = key.length() >= 4 && (key.contains(".") || key.contains("_")
                            || key.matches(".*[a-z][A-Z].*"))
                            // a plain word set to a number in code ("`completions: 100`") is a setting too
                            || key.matches("[a-z]{5,}") && setting.group(2).matches("\\d+");
                    if (!keyLike || !keys.add(key.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    String k = Pattern.quote(key);
                    // the same value, whole: "0" in "to 0." or "0 and" but not in "0.5" or "0%"
                    // a key that names its unit in seconds ("RestartSec", "timeoutSeconds") has the same value with
                    // the unit written out: "RestartSec=5s" for "RestartSec=5"
                    String unit = key.matches("(?i).*(?:sec|secs|seconds)") && setting.group(2).matches("\\d+")
                            ? "(?:s|sec|secs|seconds)?" : "";
                    String v = "(?!" + Pattern.quote(setting.group(2)) + unit + "(?![\\w%]|\\.\\w))";
                    String other = v + "[\\w.%-]+";
                    String otherNumber = v + "\\d[\\w.%]*";
                    Matcher bound = OR_BEYOND.matcher(after);
                    if (setting.end() == spans.group(1).length() && setting.group(2).matches("\\d{1,6}")
                            && bound.lookingAt()) {
                        // "`parallelism: 6` (or higher)": only a value on the other side of the bound decides otherwise
                        long value = Long.parseLong(setting.group(2));
                        other = Numbers.beyond(value, bound.group(1) == null);
                        otherNumber = other;
                    }
                    String pattern = "(?i)(?<![\\w.])" + k + "(?:\\s*[:=]\\s*" + other + "|\\s+(?:to\\s+|of\\s+|at\\s+)?"
                            + otherNumber + ")";
                    misconceptions.add(new Item("other-value-" + (misconceptions.size() + 1), label("The module sets "
                            + key + " to " + setting.group(2) + ": " + sentence), 0, false, MISCONCEPTION_CAP,
                            List.of(), List.of(pattern)));
                }
            }
        }
    }

    /**
     * A misconception is never what the model answer itself holds: a common-mistakes row "Requests = Limits" drafted as
     * "requests * limits" would otherwise flag the answer "default requests and limits" that the module gives.
     */
    private static List<Item> notHeldBy(String modelAnswer, List<Item> misconceptions) {
        dev.praxis.text.AnalysedText model = dev.praxis.text.AnalysedText.of(modelAnswer);
        List<Item> kept = new ArrayList<>();
        for (Item item : misconceptions) {
            List<String> phrases = Reversals.unsaid(item.phrases(), model);
            if (phrases.size() == item.phrases().size()) {
                kept.add(item);
            } else if (!phrases.isEmpty() || !item.patterns().isEmpty()) {
                kept.add(new Item(item.id(), item.label(), item.weight(), item.required(), item.cap(), phrases,
                        item.patterns(), item.section()));
            }
        }
        return kept;
    }

    /** Misconceptions that are other ideas than the model answer's: rejected, the other alternative, forbidden, mistakes. */
    private static final Pattern IDEAS_RULED_OUT = Pattern.compile("rejected-|alternative-|forbidden-|mistake-");

    /** Sentences after the decision, grouped so that there are at most {@value #MAX_REASONS} reasons. */
    private static List<String> groups(List<String> sentences) {
        List<String> groups = new ArrayList<>();
        int per = (int) Math.ceil(sentences.size() / (double) MAX_REASONS);
        for (int i = 0; i < sentences.size(); i += Math.max(1, per)) {
            groups.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + Math.max(1, per)))));
        }
        return groups;
    }

    private static Optional<Item> recommends(List<Word> idea, String id, String feedback) {
        List<String> meaningful = idea.stream().filter(Word::meaningful).map(Word::text).toList();
        if (meaningful.isEmpty()) {
            return Optional.empty();
        }
        String object = String.join(" ", meaningful.subList(Math.max(0, meaningful.size() - 2), meaningful.size()));
        List<String> phrases = new ArrayList<>();
        for (String template : RECOMMENDS) {
            phrases.add(template.formatted(object));
        }
        if (idea.stream().filter(Word::meaningful).allMatch(Word::code) && meaningful.size() >= 2) {
            // a command is recommended by writing it: "chmod 777 deploy.sh"
            phrases.add(object);
        }
        return Optional.of(new Item(id, label(feedback), 0, false, MISCONCEPTION_CAP, phrases, List.of()));
    }

    /**
     * Code the decision names that the question does not name as such: "Run `ANALYZE`" after a question quoting
     * `EXPLAIN ANALYZE` still decides by ANALYZE.
     */
    private static List<String> ownCode(String decision, String questionText, Set<String> questionStems,
            Set<String> rejectedStems, List<String> already) {
        List<String> code = new ArrayList<>();
        Matcher spans = Pattern.compile("`([^`]+)`").matcher(decision);
        String questionLower = questionText.toLowerCase(Locale.ROOT);
        while (spans.find()) {
            List<Word> words = Words.of(spans.group(1)).stream().filter(Word::meaningful).limit(3).toList();
            String phrase = String.join(" ", words.stream().map(Word::text).toList());
            boolean quotedAsIs = questionLower.contains("`" + spans.group(1).toLowerCase(Locale.ROOT) + "`");
            // a file or path the question already names ("./deploy.sh" after "bash deploy.sh") decides nothing
            boolean named = spans.group(1).matches(".*[./].*")
                    && words.stream().allMatch(w -> questionStems.contains(w.stem()));
            if (!words.isEmpty() && !quotedAsIs && !named && !already.contains(phrase)
                    && words.stream().noneMatch(w -> rejectedStems.contains(w.stem()))) {
                code.add(phrase);
            }
        }
        return code;
    }

    /**
     * "reset or revert?": the alternative the decision names is a decision phrase, the other one a misconception.
     */
    private static List<String> alternatives(String questionText, String decision, List<Item> misconceptions) {
        List<String> chosen = new ArrayList<>();
        Set<String> decisionStems = Words.stemsOf(decision);
        Matcher m = ALTERNATIVES.matcher(questionText);
        while (m.find()) {
            String one = m.group(1) != null ? m.group(1) : m.group(3);
            String two = m.group(1) != null ? m.group(2) : m.group(4);
            Set<String> shared = new HashSet<>(Words.stemsOf(one));
            shared.retainAll(Words.stemsOf(two));
            List<Word> first = Words.of(one).stream().filter(w -> !shared.contains(w.stem())).toList();
            List<Word> second = Words.of(two).stream().filter(w -> !shared.contains(w.stem())).toList();
            boolean firstChosen = first.stream().anyMatch(w -> w.distinctive() && decisionStems.contains(w.stem()));
            boolean secondChosen = second.stream().anyMatch(w -> w.distinctive() && decisionStems.contains(w.stem()));
            if (firstChosen != secondChosen) {
                List<Word> other = firstChosen ? second : first;
                (firstChosen ? first : second).stream().filter(Word::distinctive).map(Word::text)
                        .forEach(chosen::add);
                if (other.stream().anyMatch(Word::distinctive)) {
                    recommends(other, "alternative-" + (misconceptions.size() + 1),
                            "The module chooses otherwise: " + decision).ifPresent(misconceptions::add);
                }
            }
        }
        return chosen.stream().distinct().toList();
    }

    /** Rows of the common-mistakes table that share at least two meaningful words with the question and answer. */
    private static void mistakes(List<CommonMistakes.Row> rows, String questionAndAnswer, Set<String> questionStems,
            List<Item> misconceptions) {
        Set<String> context = Words.stemsOf(questionAndAnswer);
        for (CommonMistakes.Row row : rows) {
            List<Word> words = Words.of(row.mistake()).stream().filter(Word::meaningful).toList();
            long shared = words.stream().filter(w -> w.distinctive() && context.contains(w.stem()))
                    .map(Word::stem).distinct().count();
            if (shared < 2 || words.size() < 2 || OMISSION.matcher(row.mistake()).find()) {
                // a mistake that leaves something out ("without a DNS rule") cannot be read from words that are there
                continue;
            }
            List<String> phrases = new ArrayList<>();
            phrases.add(String.join(" * ", words.stream().limit(4).map(Word::text).toList()));
            List<Word> code = words.stream().filter(Word::code).limit(3).toList();
            if (code.size() >= 2 && !code.stream().allMatch(w -> questionStems.contains(w.stem()))) {
                // the command the row warns about ("chmod 777"), where the question does not already name it
                phrases.add(String.join(" ", code.stream().map(Word::text).toList()));
            }
            misconceptions.add(new Item("mistake-" + (misconceptions.size() + 1),
                    label("Common mistake: " + row.mistake() + ". " + row.advice()), 0, false, MISCONCEPTION_CAP,
                    phrases, List.of()));
        }
    }

    private static Set<String> templateStems() {
        Set<String> stems = new HashSet<>();
        for (String template : RECOMMENDS) {
            stems.addAll(Words.stemsOf(template.replace("%s", " ").replace("*", " ")));
        }
        OPPOSITES.values().forEach(verbs -> verbs.forEach(verb -> stems.addAll(Words.stemsOf(verb))));
        return Set.copyOf(stems);
    }

    private static String label(String sentence) {
        String text = sentence.replace("`", "").strip();
        return text.length() <= 240 ? text : text.substring(0, 237).strip() + "…";
    }

    private static double floor(double share) {
        return Math.floor(share * 100) / 100;
    }
}
