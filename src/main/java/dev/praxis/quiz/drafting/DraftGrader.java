package dev.praxis.quiz.drafting;

import dev.praxis.quiz.grading.Concept;
import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.Misconception;
import dev.praxis.quiz.grading.QuestionRubric;
import dev.praxis.quiz.grading.RubricGrader;
import dev.praxis.quiz.grading.Verdict;
import dev.praxis.text.AnalysedText;
import dev.praxis.text.BoundedRegex;
import dev.praxis.text.Match;
import dev.praxis.text.Phrase;
import dev.praxis.text.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Grades an answer with a drafted rubric: the verdict comes from {@link RubricGrader}, as for authored rubrics; a bare
 * list of terms is never more than incorrect against a draft (a draft's phrases are the model answer's own words, so a
 * list of them says nothing about what the learner would do); and every verdict gets a confidence. A verdict below
 * {@link #PROVISIONAL_BELOW} is provisional: the learner also sees the model answer and assesses themself, and the
 * instructor finds it in the review queue.
 */
public final class DraftGrader {

    public static final double PROVISIONAL_BELOW = 0.6;
    static final double WEAK_DECISION_CONFIDENCE = 0.55;
    static final String WORD_LIST = "word-list";
    static final String OTHER_ACTION = "other-action";
    static final String RESTATES_QUESTION = "restates-question";
    static final int ECHO_MIN_WORDS = 5;
    /** Words that judge without saying what: "something is wrong", "there is a problem somewhere". */
    private static final java.util.Set<String> VAGUE = Words.stems("something", "wrong", "problem", "issue", "broken",
            "weird", "strange", "odd", "somewhere", "exist", "exists", "happen", "happening", "clearly", "obviously",
            "definitely", "probably", "seem", "seems", "bad");
    private static final String FRAGMENTS = "fragments";
    private static final Pattern DISMISSAL = Pattern.compile("^(?:\\s+[\\w'-]+){0,3}?\\s+(?:is|are|was|were|looks?|"
            + "seems?)\\s+(?:\\w+\\s+)?(?:fine|ok|okay|correct|irrelevant|not (?:the|a) (?:problem|issue|cause))\\b|"
            + "^(?:\\s+[\\w'-]+){0,3}?\\s+(?:isn't|aren't|wasn't|weren't|is not|are not) (?:the|a) (?:problem|issue|"
            + "cause)\\b|^(?:\\s+[\\w'-]+){0,3}?\\s+(?:would|will|does|do|did|can|could)(?:\\s+not|n't)\\s+(?:help|change|"
            + "fix|matter|work|solve|make (?:a|any) difference)\\b|^(?:\\s+[\\w'-]+){0,3}?\\s+won't\\s+(?:help|change|fix|"
            + "matter|work|solve)\\b", Pattern.CASE_INSENSITIVE);

    /** A recommendation's words called harmful right after them: "automatic renewal is risky", "a new key is a bad idea". */
    private static final Pattern REJECTION = Pattern.compile("^(?:\\s+[\\w'-]+){0,2}?\\s+(?:is|are|looks?|seems?|sounds?|would be)\\s+(?:too\\s+|"
            + "very\\s+|really\\s+|just\\s+)?(?:risky|dangerous|unsafe|a bad idea|a risk|overkill)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ITEM_BREAK = Pattern.compile("[,;|\\n\\u2022]+|\\s+-\\s+");

    private DraftGrader() {
    }

    /** A drafted verdict and how sure the draft is of it (0..1). */
    public record DraftedGrade(GradeResult result, double confidence) {

        public boolean provisional() {
            return confidence < PROVISIONAL_BELOW;
        }
    }

    public static DraftedGrade grade(ModuleDraft draft, String number, String answer) {
        QuestionRubric rubric = draft.rubric().question(number)
                .orElseThrow(() -> new IllegalArgumentException("no drafted rubric for " + number));
        ModuleDraft.QuestionInfo info = draft.question(number).orElseThrow();
        GradeResult result = RubricGrader.grade(rubric, answer);
        if (info.choice()) {
            boolean wrongOption = result.misconceptions().stream().anyMatch(flag -> flag.id().startsWith("option-"));
            if (!result.found().isEmpty() && !wrongOption && result.verdict() != Verdict.CORRECT) {
                // a letter is a whole answer to a multiple-choice question: the rule against fragments does not apply
                result = new GradeResult(Verdict.CORRECT, 1.0, result.found(), result.missing(), List.of(),
                        result.sections());
            }
            boolean read = !result.found().isEmpty() || wrongOption;
            return new DraftedGrade(result, answer == null || answer.isBlank() || read ? 1.0 : 0.3);
        }
        if (answer == null || answer.isBlank()) {
            return new DraftedGrade(result, 1.0);
        }
        result = withDecisionPolarity(rubric, deniesPremise(rubric, result, answer), AnalysedText.of(answer));
        if (isBareList(answer) && result.verdict() != Verdict.INCORRECT) {
            List<GradeResult.Flag> flags = new ArrayList<>(result.misconceptions());
            flags.add(new GradeResult.Flag(WORD_LIST, "The answer lists terms without saying what you would do and "
                    + "why. Write the decision and the reason for it in a sentence or two."));
            double capped = Math.min(result.score(), Math.max(0, rubric.thresholds().partial() - 0.01));
            return new DraftedGrade(new GradeResult(Verdict.INCORRECT, Math.round(capped * 100) / 100.0,
                    result.found(), result.missing(), flags, result.sections()), 0.8);
        }
        GradeResult weighed = bareYesOrNo(rubric, wavesDecisionAway(rubric, restatesQuestion(rubric,
                actsElsewhere(rubric, info.own(), weighEvidence(rubric, result, answer), answer), answer),
                AnalysedText.of(answer)), AnalysedText.of(answer));
        double confidence = confidence(info.quality(), weighed, answer);
        if (weighed.verdict() == Verdict.CORRECT && !rubric.concepts().isEmpty()) {
            Concept decision = rubric.concepts().get(0);
            AnalysedText text = AnalysedText.of(answer);
            if (decisionEvidence(decision, text).stream().noneMatch(DraftGrader::strong) || turned(decision, text)) {
                // the decision rests on single loose words, or the answer also turns some of its words around: the
                // verdict may be the model answer's words in a wrong claim
                confidence = Math.min(confidence, WEAK_DECISION_CONFIDENCE);
            }
        }
        return new DraftedGrade(weighed, confidence);
    }

    /**
     * A drafted rubric's phrases are the model answer's own words, read one concept at a time; the amount of evidence
     * refines the verdict. An answer that states the decision in two separate places of the model answer's wording
     * ("internal CA" … "trust store on the clients") gives the whole decision and is correct without a listed reason;
     * an answer that misses the decision and touches a reason through single loose words only has not said the
     * reason, and is incorrect.
     */
    static GradeResult weighEvidence(QuestionRubric rubric, GradeResult result, String answer) {
        if (result.verdict() != Verdict.PARTIAL || !result.misconceptions().isEmpty() || rubric.concepts().isEmpty()) {
            return result;
        }
        AnalysedText text = AnalysedText.of(answer);
        Concept decision = rubric.concepts().get(0);
        List<Match> decisionHits = decisionEvidence(decision, text);
        if (!decisionHits.isEmpty()) {
            if (distinctPlaces(decisionHits) >= 2) {
                return new GradeResult(Verdict.CORRECT, Math.max(result.score(), rubric.thresholds().correct()),
                        result.found(), result.missing(), result.misconceptions(), result.sections());
            }
            return result;
        }
        boolean strongReason = rubric.concepts().stream().skip(1).anyMatch(reason -> held(reason, text).stream()
                .anyMatch(match -> reason.id().equals(RubricDrafter.REMEDY) || strong(match)));
        if (strongReason) {
            return result;
        }
        double capped = Math.max(0, rubric.thresholds().partial() - 0.01);
        return new GradeResult(Verdict.INCORRECT, Math.round(Math.min(result.score(), capped) * 100) / 100.0,
                result.found(), result.missing(), result.misconceptions(), result.sections());
    }

    /**
     * An answer whose every instruction ("Comment out the rules", "Keep the ClusterIP Service", "restart them") touches
     * none of the rubric's concepts decides something else: the model answer's words it uses elsewhere ("a silence would
     * still page", "CoreDNS runs in kube-system") describe the situation or wave the module's decision away: another
     * decision, incorrect (and provisional: the learner also assesses, an instructor reviews).
     */
    static GradeResult actsElsewhere(QuestionRubric rubric, java.util.Set<String> own, GradeResult result,
            String answer) {
        if (result.verdict() != Verdict.CORRECT || rubric.concepts().isEmpty()) {
            return result;
        }
        AnalysedText text = AnalysedText.of(answer);
        List<int[]> instructions = Instructions.in(answer);
        if (instructions.isEmpty()) {
            return result;
        }
        List<Match> evidence = new ArrayList<>(decisionEvidence(rubric.concepts().get(0), text));
        rubric.concepts().stream().skip(1).forEach(concept -> evidence.addAll(held(concept, text)));
        // "Keep them" where the module says "Keep every raw upload": the same action on the question's object
        List<Words.Word> decisionWords = Words.of(rubric.concepts().get(0).label());
        String decisionVerb = !decisionWords.isEmpty() && RubricDrafter.IMPERATIVES.contains(decisionWords.get(0).stem())
                ? decisionWords.get(0).stem() : "";
        for (int[] clause : instructions) {
            boolean touched = evidence.stream().anyMatch(match -> {
                int start = text.tokens().get(match.span().first()).start();
                return start >= clause[0] && start < clause[1];
            });
            List<Words.Word> words = Words.of(answer.substring(clause[0], clause[1]));
            boolean ownWords = words.stream().anyMatch(word -> word.meaningful() && own.contains(word.stem()))
                    || words.stream().anyMatch(word -> word.stem().equals(decisionVerb));
            if (touched || ownWords) {
                return result;
            }
        }
        return incorrect(rubric, result, OTHER_ACTION, "What the answer says to do is not what the module recommends. "
                + "Compare your action with the model answer's.");
    }

    /** A model answer whose decision is the bare answer to a yes/no question: "No.", "Yes." */
    private static final Pattern YES_OR_NO = Pattern.compile("(?i)\\W*(?:yes|no)\\W*");
    static final String NO_REASON = "no-reason";

    /**
     * A yes/no question answered with the module's "no" (or "yes") and no reason in more than single loose words
     * ("No, set nofile in limits.conf, that's where limits belong"): the polarity is right, but a yes or no is half a
     * coin toss, and one shared word ("belong") says nothing about why. At most partial: the decision without its reason.
     */
    static GradeResult bareYesOrNo(QuestionRubric rubric, GradeResult result, AnalysedText text) {
        if (result.verdict() != Verdict.CORRECT || rubric.concepts().isEmpty()
                || !YES_OR_NO.matcher(rubric.concepts().get(0).label()).matches()) {
            return result;
        }
        Concept decision = rubric.concepts().get(0);
        List<Match> reasons = new ArrayList<>(new Wording(decision.wording().phrases(), List.of()).matches(text)
                .stream().filter(Match::held).toList());
        rubric.concepts().stream().skip(1).forEach(concept -> reasons.addAll(held(concept, text)));
        // a term of code or an acronym is a reason on its own; words count when two distinctive ones are said (an
        // everyday word such as "file" that a phrase starts with does not count)
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Match match : reasons) {
            if (match.span().first() == match.span().last() && strong(match)) {
                return result;
            }
            for (int i : new int[] {match.span().first(), match.span().last()}) {
                Words.of(text.tokens().get(i).word()).stream().filter(Words.Word::distinctive)
                        .forEach(word -> said.add(word.stem()));
            }
        }
        if (said.size() >= 2) {
            return result;
        }
        List<GradeResult.Flag> flags = new ArrayList<>(result.misconceptions());
        flags.add(new GradeResult.Flag(NO_REASON, "Your yes or no agrees with the module's, but the answer does not "
                + "say why. Add the reason the model answer gives."));
        double belowCorrect = Math.round((rubric.thresholds().correct() - 0.01) * 100) / 100.0;
        return new GradeResult(Verdict.PARTIAL, Math.min(result.score(), belowCorrect), result.found(),
                result.missing(), flags, result.sections());
    }

    /**
     * An answer that holds some of the decision's words and waves others away in their own clause ("Load average is a
     * CPU percentage, … so CPU is fine"; "the selector is fine") judges the module's finding wrong: incorrect, with the
     * premise-denied flag, however many of the model answer's words it also uses.
     */
    static GradeResult wavesDecisionAway(QuestionRubric rubric, GradeResult result, AnalysedText text) {
        if (result.verdict() == Verdict.INCORRECT || rubric.concepts().isEmpty()) {
            return result;
        }
        Concept decision = rubric.concepts().get(0);
        if (decision.wording().patterns().stream().anyMatch(p -> p.pattern().equals(RubricDrafter.NO))) {
            return result; // the module answers "no": waving the proposal away ("the wildcard won't help") agrees
        }
        AnalysedText model = AnalysedText.of(decision.label());
        for (Phrase phrase : decision.wording().phrases()) {
            Wording one = new Wording(List.of(phrase), List.of());
            if (one.first(model, match -> dismissed(model, match)).isPresent()) {
                continue; // the model answer waves these words away itself
            }
            if (one.matches(text).stream().anyMatch(match -> match.stance().holds() && dismissed(text, match))) {
                return incorrect(rubric, result, RubricDrafter.PREMISE_DENIED, "The module's answer sees a problem "
                        + "here: " + decision.label());
            }
        }
        return result;
    }

    /**
     * An answer whose every sentence says only the question's own words and vague judgements ("helm list shows nothing
     * while the Deployment exists in apps, so something is wrong with the release") and that tells nothing to do has
     * not answered: the model answer's words it shares with the question are no decision. Incorrect, with the
     * grader's restates-question flag. A sentence of fewer than {@link #ECHO_MIN_WORDS} meaningful words names a step
     * or a diagnosis and is no echo.
     */
    static GradeResult restatesQuestion(QuestionRubric rubric, GradeResult result, String answer) {
        if (result.verdict() == Verdict.INCORRECT || rubric.prompt().isBlank() || !Instructions.in(answer).isEmpty()) {
            return result;
        }
        java.util.Set<String> question = Words.stemsOf(ModelAnswer.visibleText(rubric.prompt()));
        List<String> sentences = ModelAnswer.of(answer, false).sentences();
        if (sentences.isEmpty()) {
            return result;
        }
        for (String sentence : sentences) {
            List<Words.Word> words = Words.of(sentence).stream().filter(Words.Word::meaningful).toList();
            boolean adds = words.stream().anyMatch(word -> !question.contains(word.stem())
                    && !VAGUE.contains(word.stem()));
            if (words.size() < ECHO_MIN_WORDS || adds) {
                return result;
            }
        }
        return incorrect(rubric, result, RESTATES_QUESTION, "Your answer repeats the facts the question gives. Say "
                + "what you would decide or check, and why those facts point there.");
    }

    /**
     * The decision is said with the model answer's polarity or not at all. Where the model answer denies ("the selector
     * does not match the labels", "the file has no execute bit"), the learner who denies the same words states the
     * decision, and the learner who asserts them ("the selector and the labels are fine", "add the execute bit") has
     * not; where it asserts, a learner who denies its words has not stated it either. The rubric's grader reads every
     * phrase as an assertion, so its view of the decision is corrected here, the other concepts kept as it found them.
     */
    static GradeResult withDecisionPolarity(QuestionRubric rubric, GradeResult result, AnalysedText text) {
        if (rubric.concepts().isEmpty()) {
            return result;
        }
        Concept decision = rubric.concepts().get(0);
        boolean counted = result.found().stream().anyMatch(found -> found.concept().equals(decision.label()));
        List<Match> evidence = decisionEvidence(decision, text);
        if (counted != evidence.isEmpty()) {
            return result;
        }
        java.util.Map<String, Double> weights = new java.util.HashMap<>();
        rubric.concepts().forEach(concept -> weights.putIfAbsent(concept.label(), concept.weight()));
        double total = rubric.concepts().stream().mapToDouble(Concept::weight).sum();
        double others = result.found().stream().filter(found -> !found.concept().equals(decision.label()))
                .mapToDouble(found -> weights.getOrDefault(found.concept(), 0.0)).sum();
        double belowCorrect = rubric.thresholds().correct() - 0.01;
        List<GradeResult.FoundConcept> found = new ArrayList<>(result.found());
        List<String> missing = new ArrayList<>(result.missing());
        double score;
        if (counted) {
            found.removeIf(concept -> concept.concept().equals(decision.label()));
            missing.add(0, decision.label());
            score = Math.min(result.score(), Math.min(others / total, belowCorrect));
        } else {
            boolean capped = result.misconceptions().stream().anyMatch(flag -> !flag.id().equals(FRAGMENTS));
            if (capped) {
                return result;
            }
            found.add(0, new GradeResult.FoundConcept(decision.label(), evidence.get(0).context()));
            missing.remove(decision.label());
            score = (others + decision.weight()) / total;
            if (!result.misconceptions().isEmpty()) {
                score = Math.min(score, belowCorrect);
            }
        }
        double rounded = Math.round(Math.max(0, score) * 100) / 100.0;
        Verdict verdict = rounded >= rubric.thresholds().correct() ? Verdict.CORRECT
                : rounded >= rubric.thresholds().partial() ? Verdict.PARTIAL : Verdict.INCORRECT;
        return new GradeResult(verdict, rounded, found, missing, result.misconceptions(), pointers(rubric, missing));
    }

    /** Where the module explains each missing concept, as the rubric's grader points to it. */
    static List<GradeResult.SectionPointer> pointers(QuestionRubric rubric, List<String> missing) {
        return rubric.concepts().stream().filter(concept -> missing.contains(concept.label())
                && !concept.section().isEmpty())
                .map(concept -> new GradeResult.SectionPointer(concept.label(), concept.section())).toList();
    }

    /**
     * Whether the model answer puts a negation between the two words of a phrase ("autovacuum has not analyzed it" for
     * "autovacuum * analyzed"): the grader never matches a phrase across a negation, so the model answer's denial is
     * read from its text.
     */
    static boolean deniedBetween(String modelAnswer, String phrase) {
        String[] words = phrase.split(" \\* ");
        if (words.length != 2 || words[0].contains(" ") || words[1].contains(" ")) {
            return false;
        }
        return Pattern.compile("(?i)\\b" + Pattern.quote(dev.praxis.text.Stemmer.stem(words[0])) + "\\w*(?:\\s+\\w+){0,2}?"
                + "\\s+(?:not|never)(?:\\s+\\w+)?\\s+" + Pattern.quote(dev.praxis.text.Stemmer.stem(words[1])) + "\\w*\\b|"
                + "(?i)\\b" + Pattern.quote(dev.praxis.text.Stemmer.stem(words[0])) + "\\w*(?:\\s+\\w+){0,2}?\\s+\\w+n't"
                + "(?:\\s+\\w+)?\\s+" + Pattern.quote(dev.praxis.text.Stemmer.stem(words[1])) + "\\w*\\b").matcher(modelAnswer).find();
    }

    /** Whether the answer says some of the decision's words with the opposite polarity ("DNS isn't affected"). */
    static boolean turned(Concept decision, AnalysedText text) {
        AnalysedText model = AnalysedText.of(decision.label());
        for (Phrase phrase : decision.wording().phrases()) {
            Wording one = new Wording(List.of(phrase), List.of());
            boolean deniedByModel = one.first(model, match -> true).filter(match -> denied(model, match)).isPresent();
            if (one.matches(text).stream().anyMatch(match -> match.stance().holds()
                    && denied(text, match) != deniedByModel)) {
                return true;
            }
        }
        return false;
    }

    /** The result made incorrect, its score just below partial, with one more flag. */
    private static GradeResult incorrect(QuestionRubric rubric, GradeResult result, String flag, String feedback) {
        List<GradeResult.Flag> flags = new ArrayList<>(result.misconceptions());
        flags.add(new GradeResult.Flag(flag, feedback));
        double belowPartial = Math.max(0, Math.round((rubric.thresholds().partial() - 0.01) * 100) / 100.0);
        return new GradeResult(Verdict.INCORRECT, Math.min(result.score(), belowPartial), result.found(),
                result.missing(), flags, result.sections());
    }

    /** Where the answer holds the decision's words with the polarity the model answer gives them. */
    static List<Match> decisionEvidence(Concept decision, AnalysedText text) {
        AnalysedText model = AnalysedText.of(decision.label());
        boolean recommends = RubricDrafter.imperative(decision.label());
        List<Match> evidence = new ArrayList<>();
        for (Phrase phrase : decision.wording().phrases()) {
            Wording one = new Wording(List.of(phrase), List.of());
            if (deniedBetween(decision.label(), phrase.toString())
                    && one.matches(text).stream().anyMatch(match -> match.held() && !denied(text, match))) {
                // the model answer denies these words together ("autovacuum has not analyzed it") and the answer
                // asserts them ("autovacuum analyzing the table is what confuses the planner"): the opposite finding
                return List.of();
            }
        }
        for (Phrase phrase : decision.wording().phrases()) {
            Wording one = new Wording(List.of(phrase), List.of());
            // "no-store" is a term, not a denial of "store": such a phrase is read as the rubric reads it
            boolean deniedByModel = one.first(model, match -> true).filter(match -> denied(model, match)).isPresent();
            one.matches(text).stream().filter(match -> deniedByModel
                    ? match.stance().holds() && denied(text, match) : match.held())
                    .filter(match -> !dismissed(text, match) && !(recommends && rejected(text, match)))
                    .forEach(evidence::add);
        }
        new Wording(List.of(), decision.wording().patterns()).matches(text).stream().filter(Match::held)
                .forEach(evidence::add);
        evidence.sort(java.util.Comparator.comparingInt(match -> match.span().first()));
        return evidence;
    }

    /**
     * "Nothing is wrong", "It's fine" opening an answer where the module sees a problem: the rubric's grader reads such
     * an opening as negated ("nothing") and so never as a claim, but it is the learner's verdict on the situation. A
     * bound written in code with its operator turned round ("succeed when result[0] > 0.01") is read the same way: the
     * grader reads "when …" as a condition the learner does not claim, but a condition is how a bound is written.
     */
    static GradeResult deniesPremise(QuestionRubric rubric, GradeResult result, String answer) {
        for (Misconception premise : rubric.misconceptions()) {
            boolean flagged = result.misconceptions().stream().anyMatch(flag -> flag.id().equals(premise.id()));
            if ((premise.id().equals(RubricDrafter.PREMISE_DENIED) || premise.id().startsWith(Reversals.BOUND_REVERSED))
                    && !flagged
                    && premise.wording().patterns().stream().anyMatch(pattern -> BoundedRegex.find(pattern, answer))) {
                List<GradeResult.Flag> flags = new ArrayList<>(result.misconceptions());
                flags.add(new GradeResult.Flag(premise.id(), premise.feedback()));
                double score = Math.round(Math.min(result.score(), premise.cap()) * 100) / 100.0;
                return new GradeResult(score >= rubric.thresholds().partial() ? Verdict.PARTIAL : Verdict.INCORRECT,
                        score, result.found(), result.missing(), flags, result.sections());
            }
        }
        return result;
    }

    /**
     * Whether the matched words of a recommendation are called harmful right after them ("automatic renewal is risky;
     * keep renewing by hand"): the learner turns the module's advice down. Only for a decision that recommends an
     * action: where the decision is a diagnosis ("running as root can destroy the data"), calling its words dangerous
     * agrees with it.
     */
    static boolean rejected(AnalysedText text, Match match) {
        int end = text.tokens().get(match.span().last()).end();
        return REJECTION.matcher(text.original().substring(end)).find();
    }

    /**
     * Whether the clause goes on to wave the matched words away: "the selector and the labels are obviously fine", "the
     * execute bit isn't the issue". Such words are the learner's judgement that this is not the answer.
     */
    static boolean dismissed(AnalysedText text, Match match) {
        int end = text.tokens().get(match.span().last()).end();
        String rest = text.original().substring(end);
        int clauseEnd = rest.replaceAll("[,;:.!?()\u2014]", "\u0000").indexOf('\u0000');
        return DISMISSAL.matcher(clauseEnd < 0 ? rest : rest.substring(0, clauseEnd)).find();
    }

    /** Negated, where the negation is not part of a term ("no-store" is a term, not a denial of "store"). */
    private static boolean denied(AnalysedText text, Match match) {
        return match.negated() && !hyphenatedCue(text, match);
    }

    /** Whether the match follows "no-", "non-" or "not-" joined to it by a hyphen ("no-store", "non-root"). */
    private static boolean hyphenatedCue(AnalysedText text, Match match) {
        int first = match.span().first();
        if (first == 0) {
            return false;
        }
        dev.praxis.text.Token word = text.tokens().get(first);
        dev.praxis.text.Token before = text.tokens().get(first - 1);
        return word.start() > 0 && text.original().charAt(word.start() - 1) == '-' && before.end() == word.start() - 1
                && java.util.Set.of("no", "non", "not").contains(before.word());
    }

    /** Several words, or one a writer only uses on purpose: an acronym or a term of code ("ALIAS", "no-cache"). */
    private static boolean strong(Match match) {
        if (match.span().last() > match.span().first()) {
            return true;
        }
        String quote = match.quote().strip();
        return quote.length() >= 2 && (quote.equals(quote.toUpperCase(java.util.Locale.ROOT))
                && quote.chars().anyMatch(Character::isLetter) || quote.matches(".*[-_.:/`].*"));
    }

    private static List<Match> held(Concept concept, AnalysedText text) {
        return concept.wording().matches(text).stream().filter(Match::held).toList();
    }

    /** How many matches neither overlap nor repeat the same words. */
    private static int distinctPlaces(List<Match> matches) {
        List<Match> kept = new ArrayList<>();
        java.util.Set<String> quotes = new java.util.HashSet<>();
        for (Match match : matches) {
            boolean overlaps = kept.stream().anyMatch(k -> k.span().first() <= match.span().last()
                    && match.span().first() <= k.span().last());
            if (!overlaps && quotes.add(Words.stemsOf(match.quote()).toString())) {
                kept.add(match);
            }
        }
        return kept.size();
    }

    private static double confidence(double quality, GradeResult result, String answer) {
        boolean flagged = result.misconceptions().stream().anyMatch(flag -> !flag.id().equals("keyword-stuffing"));
        if (flagged) {
            return 0.45;
        }
        int found = result.found().size();
        long words = Words.of(answer).size();
        return switch (result.verdict()) {
            case CORRECT -> round(quality * (found >= 3 ? 1.0 : found == 2 ? 0.9 : 0.75) + 0.1);
            case PARTIAL -> round(0.3 + 0.25 * quality);
            case INCORRECT -> found > 0 ? 0.5 : words >= 12 ? 0.45 : 0.7;
        };
    }

    /** Mostly short items separated by commas, slashes, bullets or line breaks, with no sentence among them. */
    static boolean isBareList(String answer) {
        int items = 0;
        int longItems = 0;
        for (String item : ITEM_BREAK.split(answer)) {
            // counted by white space: "pg_stat_user_indexes" is one term however many words Words reads in it
            // and a command's options are part of its term: "kubectl get pods --show-labels" is one item of a list
            long words = item.isBlank() ? 0 : Arrays.stream(item.strip().split("\\s+"))
                    .filter(word -> !word.startsWith("-") || word.length() == 1).count();
            if (words == 0) {
                continue;
            }
            items++;
            if (words > 3) {
                longItems++;
            }
        }
        return items >= 3 && longItems == 0;
    }

    private static double round(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100.0;
    }
}
