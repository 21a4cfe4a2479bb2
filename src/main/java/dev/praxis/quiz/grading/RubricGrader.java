package dev.praxis.quiz.grading;

import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Span;
import dev.praxis.text.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades one free-text answer against a question's rubric. Pure: the same rubric and answer always give the same
 * result. The answer is read for claims, not mentions ({@link AnalysedText}): a concept counts where the learner
 * holds it, a misconception only where the learner asserts it, and a misconception the learner rejects can earn the
 * concept it {@linkplain Misconception#shows() shows}. The score is the weighted share of concepts found, capped by
 * any misconception, by a missing required concept (never correct without it), by keyword stuffing and by an answer
 * made only of fragments.
 */
public final class RubricGrader {

    static final String EMPTY_ANSWER = "empty-answer";
    static final String OPEN_ALTERNATIVES = "open-alternatives";
    static final String HEDGED = "hedged-throughout";
    private static final GradeResult.Flag HEDGED_FLAG = new GradeResult.Flag(HEDGED, "Your answer hedges every point "
            + "it makes. Say what you would decide and why as your own claim, and keep the doubt for what is really "
            + "uncertain.");
    private static final GradeResult.Flag OPEN_FLAG = new GradeResult.Flag(OPEN_ALTERNATIVES, "Your answer leaves "
            + "the choice open between several possibilities. Say which one you would pick and why the others fit the "
            + "situation less well.");

    static final String QUOTED_ONLY = "quotes-only";
    private static final GradeResult.Flag QUOTED_FLAG = new GradeResult.Flag(QUOTED_ONLY, "Your answer's decision "
            + "stands only in the passage you quote. Say in your own words what you would do in this situation and "
            + "why.");

    private RubricGrader() {
    }

    /** Grades with the question's text the rubric knows ({@link QuestionRubric#prompt()}), if any. */
    public static GradeResult grade(QuestionRubric rubric, String answer) {
        return grade(rubric, answer, rubric.prompt());
    }

    /**
     * Grades an answer to a question whose text learners read as {@code question} ("" when unknown): an answer
     * whose ideas all sit in sentences that only repeat the question's facts earns nothing ({@link QuestionEcho}).
     */
    public static GradeResult grade(QuestionRubric rubric, String answer, String question) {
        List<String> allLabels = rubric.concepts().stream().map(Concept::label).toList();
        AnalysedText text = AnalysedText.of(answer);
        if (text.isBlank()) {
            return new GradeResult(Verdict.INCORRECT, 0.0, List.of(), allLabels,
                    List.of(new GradeResult.Flag(EMPTY_ANSWER, "empty answer: write what you would decide and why")),
                    pointers(rubric.concepts()));
        }
        Map<String, Match> held = new LinkedHashMap<>();
        for (Concept concept : rubric.concepts()) {
            concept.wording().first(text, Match::held).ifPresent(match -> held.put(concept.id(), match));
        }
        List<GradeResult.Flag> flags = new ArrayList<>();
        Map<Misconception, Match> asserted = new LinkedHashMap<>();
        for (Misconception misconception : rubric.misconceptions()) {
            // a wrong idea among alternatives left open ("maybe heat, maybe a memory leak") is entertained, not claimed
            Optional<Match> claim = misconception.wording().first(text,
                    match -> match.asserted() && !text.leftOpen(match.span()));
            if (claim.isPresent()) {
                flags.add(new GradeResult.Flag(misconception.id(), misconception.feedback()));
                asserted.put(misconception, claim.get());
            } else if (!misconception.shows().isEmpty()) {
                misconception.wording().first(text, Match::rejected)
                        .ifPresent(match -> held.putIfAbsent(misconception.shows(), match));
            }
        }
        dropSubjectsOfWrongClaims(rubric, text, held, asserted.values());
        refusedProposals(rubric, text, question, asserted.keySet()).forEach(held::putIfAbsent);
        if (QuestionEcho.of(question).onlyRestates(text, held.values())) {
            held.clear();
            flags.add(QuestionEcho.FLAG);
        }
        double belowCorrect = rubric.thresholds().correct() - 0.01;
        // the decision held only among alternatives left open ("maybe keep the laptop, maybe buy the desktop") is
        // not chosen: at most partial, and the flag says why
        boolean leftOpen = rubric.concepts().stream().filter(Concept::required)
                .anyMatch(c -> held.containsKey(c.id()) && text.leftOpen(held.get(c.id()).span())
                        && c.wording().first(text, m -> m.held() && !text.leftOpen(m.span())).isEmpty());
        if (leftOpen) {
            flags.add(OPEN_FLAG);
        }
        // "As the module puts it: 'Keep enough free space on the system disk …'": a decision found only inside a
        // passage the learner quotes is the source's sentence, not the learner's choice
        boolean quotedOnly = rubric.concepts().stream().filter(Concept::required)
                .anyMatch(c -> held.containsKey(c.id()) && text.quotedPassage(held.get(c.id()).span())
                        && c.wording().first(text, m -> m.held() && !text.quotedPassage(m.span())).isEmpty());
        if (quotedOnly) {
            flags.add(QUOTED_FLAG);
        }
        // an answer that hedges every sentence ("possibly …, I suppose; maybe …") commits to no decision
        boolean hedged = text.hedgedThroughout();
        if (hedged && !held.isEmpty()) {
            flags.add(HEDGED_FLAG);
        }
        // the whole decision, claimed outright (not only granted before turning away: "you could add RAM, but …"),
        // and a reason for it: every required concept asserted, and at least one optional one held; where the
        // required concepts are all the question asks for ("what category of problem, and how would you validate
        // it?"), a wrong claim the writer marks as said in passing ("also", "anyway") or gives as a reason
        // ("because …") is an aside too; an unmarked one in the last sentence is the answer's final word
        boolean decision = rubric.concepts().stream().filter(Concept::required)
                .allMatch(c -> held.containsKey(c.id()) && (held.get(c.id()).stance() == Stance.ASSERTED
                        || c.wording().first(text, Match::asserted).isPresent()));
        boolean reasoned = rubric.concepts().stream().anyMatch(c -> !c.required() && held.containsKey(c.id()));
        // each wrong claim lowers the cap the others left: two side errors that each cap at partial ("move
        // everything to the cloud" and "the cloud costs almost nothing") make the answer wrong together
        double cap = 1.0;
        for (Map.Entry<Misconception, Match> claim : asserted.entrySet()) {
            Misconception misconception = claim.getKey();
            Span span = claim.getValue().span();
            boolean aside = rubric.asidesArePartial() && decision && asserted.size() == 1
                    && !contradictsTheDecision(rubric, misconception)
                    && !text.afterTurn(span)
                    && (text.markedAside(span) || !inLastSentence(text, span))
                    && (reasoned || requiredAloneAreCorrect(rubric) && text.markedAside(span));
            double own = aside ? Math.max(misconception.cap(), belowCorrect) : misconception.cap();
            // "Throttling, because the memory fills up as the run goes on": the right decision for a wrong reason is
            // partial; the wrong idea, given as the reason for a required idea the sentence holds before it, does
            // not make the answer wrong
            if (!aside && asserted.size() == 1 && !contradictsTheDecision(rubric, misconception)
                    && text.givenAsReason(span) && reasonFor(rubric, text, held, span)) {
                own = Math.max(own, rubric.thresholds().partial());
            }
            // "1. Free space on the disk. 2. Move the models to a second NVMe. 3. Upgrade the GPU.": a list of steps
            // that holds the whole decision in other items, with one wrong step of its own, is partial; the right
            // steps stand (a step that undoes the decision, "3. Buy the desktop anyway", keeps its cap)
            if (!aside && decision && asserted.size() == 1 && !contradictsTheDecision(rubric, misconception)
                    && wrongStepOfAList(rubric, text, held, span)) {
                own = Math.max(own, rubric.thresholds().partial());
            }
            cap = cap < 1.0 ? Math.min(own, cap * own) : own;
        }
        List<GradeResult.FoundConcept> found = new ArrayList<>();
        List<Concept> missing = new ArrayList<>();
        double earned = 0;
        double total = 0;
        boolean requiredMissing = false;
        for (Concept concept : rubric.concepts()) {
            total += concept.weight();
            Match match = held.get(concept.id());
            if (match != null) {
                found.add(new GradeResult.FoundConcept(concept.label(), match.context()));
                earned += concept.weight();
            } else {
                missing.add(concept);
                requiredMissing |= concept.required();
            }
        }
        double score = Math.min(total == 0 ? 0 : earned / total, cap);
        Optional<GradeResult.Flag> stuffing = StuffingDetector.detect(text, rubric, held.values());
        if (stuffing.isPresent()) {
            flags.add(stuffing.get());
            score = Math.min(score, rubric.stuffingCap());
        }
        // a figure that contradicts one the rubric's ideas carry ("a 4-bit 7B model needs 40 GB") is a wrong claim
        Optional<GradeResult.Flag> wrongFigure = Figures.contradicted(rubric.concepts(), text);
        wrongFigure.ifPresent(flags::add);
        // "one machine teaches vector stores … though one machine can't really run a vector database": an idea the
        // answer credits and then says cannot be done takes back its own reason
        Optional<GradeResult.Flag> takenBack = takenBack(rubric, text, held);
        takenBack.ifPresent(flags::add);
        if (requiredMissing || leftOpen || quotedOnly || hedged || wrongFigure.isPresent() || takenBack.isPresent()) {
            score = Math.min(score, belowCorrect);
        }
        if (score > belowCorrect && stuffing.isEmpty() && Fragments.only(text, held.values())) {
            flags.add(Fragments.FLAG);
            score = belowCorrect;
        }
        double rounded = Math.round(Math.max(0, score) * 100) / 100.0;
        return new GradeResult(rubric.thresholds().verdictFor(rounded), rounded, found,
                missing.stream().map(Concept::label).toList(), flags, pointers(missing));
    }

    /**
     * "A single machine can't teach containerized serving": a concept named only as the subject of a wrong claim the
     * answer asserts (the claim follows it at once in its clause) is what the claim is about, not the learner's idea.
     */
    private static void dropSubjectsOfWrongClaims(QuestionRubric rubric, AnalysedText text, Map<String, Match> held,
            java.util.Collection<Match> claims) {
        if (claims.isEmpty()) {
            return;
        }
        java.util.function.Predicate<Match> subjectOfClaim = m -> claims.stream().anyMatch(claim -> {
            int gap = claim.span().first() - m.span().last();
            return gap >= 1 && gap <= 2
                    && text.tokens().get(m.span().last()).clause() == text.tokens().get(claim.span().first()).clause();
        });
        for (Concept concept : rubric.concepts()) {
            Match match = held.get(concept.id());
            if (match != null && subjectOfClaim.test(match)) {
                Optional<Match> other = concept.wording().first(text, m -> m.held() && !subjectOfClaim.test(m));
                if (other.isPresent()) {
                    held.put(concept.id(), other.get());
                } else {
                    held.remove(concept.id());
                }
            }
        }
    }

    static final String TAKEN_BACK = "contradicts-itself";

    /**
     * An idea of the rubric the answer holds and, in another clause, asserts cannot be done ("a single machine is
     * where you learn vector stores. Though one machine can't really run a vector database, …"): the answer takes
     * back the reason it gave. Only an inability ("can not", "unable to") in a clause that turns on what came before
     * ("but", "though", "however") counts: a plain "not" before a rubric word is often the right answer's own wording
     * ("you don't need a vector database cluster"), and an inability said without a turn is usually part of the
     * reason ("the flat can't take the heat", "you can't even plug a modern GPU in").
     */
    private static Optional<GradeResult.Flag> takenBack(QuestionRubric rubric, AnalysedText text,
            Map<String, Match> held) {
        for (Concept concept : rubric.concepts()) {
            Match kept = held.get(concept.id());
            if (kept == null || !kept.held()) {
                continue;
            }
            int keptClause = text.tokens().get(kept.span().first()).clause();
            Optional<Match> denial = concept.wording().first(text, m -> m.negated()
                    && (m.stance() == Stance.ASSERTED || m.stance() == Stance.CONCEDED)
                    && text.tokens().get(m.span().first()).clause() != keptClause && text.afterTurn(m.span())
                    && unable(text, m.span()));
            if (denial.isPresent()) {
                return Optional.of(new GradeResult.Flag(TAKEN_BACK, "Your answer says \"" + denial.get().context()
                        + "\", which takes back its own point: " + concept.label() + "."));
            }
        }
        return Optional.empty();
    }

    /** Whether an inability ("can not", "unable to") stands before the span in its clause. */
    private static boolean unable(AnalysedText text, Span span) {
        List<dev.praxis.text.Token> tokens = text.tokens();
        int clause = tokens.get(span.first()).clause();
        for (int i = span.first() - 1; i >= 0 && tokens.get(i).clause() == clause; i--) {
            String word = tokens.get(i).word();
            if (word.equals("unable") || word.equals("can") && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equals("not")) {
                return true;
            }
        }
        return false;
    }

    /** A line that opens an item of a list: "1.", "2)", "-", "*", "•". */
    private static final java.util.regex.Pattern LIST_ITEM =
            java.util.regex.Pattern.compile("(?m)^\\s*(\\d+[.)]|[-*\u2022])\\s+");
    /** The fewest items that make an answer a list of steps. */
    private static final int LIST_STEPS = 3;

    /**
     * Whether the span is a later step of an answer written as a list of at least three items: every required idea
     * the answer holds stands in an earlier item ("- Build the lab now. - … - The basics come along the way" opens
     * with the wrong step, which is the answer's decision).
     */
    private static boolean wrongStepOfAList(QuestionRubric rubric, AnalysedText text, Map<String, Match> held,
            Span span) {
        if (LIST_ITEM.matcher(text.original()).results().count() < LIST_STEPS) {
            return false;
        }
        int sentence = text.tokens().get(span.first()).sentence();
        return rubric.concepts().stream().filter(Concept::required).map(c -> held.get(c.id()))
                .allMatch(m -> m != null && text.tokens().get(m.span().first()).sentence() < sentence);
    }

    /** Whether a required idea the answer holds stands earlier in the span's sentence: what a reason clause explains. */
    private static boolean reasonFor(QuestionRubric rubric, AnalysedText text, Map<String, Match> held, Span span) {
        int sentence = text.tokens().get(span.first()).sentence();
        return rubric.concepts().stream().filter(Concept::required).map(c -> held.get(c.id()))
                .anyMatch(m -> m != null && m.span().last() < span.first()
                        && text.tokens().get(m.span().first()).sentence() == sentence);
    }

    /**
     * Whether the span stands in the last of several sentences: an unmarked wrong claim there is the answer's final
     * word ("… Start with the three machines and pick up the basics along the way."), not an aside.
     */
    private static boolean inLastSentence(AnalysedText text, Span span) {
        int sentences = text.sentenceCount();
        return sentences > 1 && text.tokens().get(span.first()).sentence() == sentences - 1;
    }

    /**
     * Whether the required concepts alone earn a correct score: the question asks for exactly those ("what category
     * of problem, and how would you validate it?"), so an answer holding them all has answered it whole, reason or
     * not.
     */
    private static boolean requiredAloneAreCorrect(QuestionRubric rubric) {
        double total = rubric.concepts().stream().mapToDouble(Concept::weight).sum();
        double required = rubric.concepts().stream().filter(Concept::required).mapToDouble(Concept::weight).sum();
        return total > 0 && required / total >= rubric.thresholds().correct();
    }

    /**
     * Whether a misconception says the opposite of the question's decision: rejecting it would earn a required
     * concept ("buy the GPU now" against "keep the laptop"). A side error in an answer that holds the whole decision
     * and a reason for it ("… and the GPU is probably also too weak") holds it below correct; a contradiction, or a
     * wrong claim the writer turns to at the end ("…, but really you need a faster CPU"), keeps its own cap.
     */
    private static boolean contradictsTheDecision(QuestionRubric rubric, Misconception misconception) {
        return rubric.concepts().stream().anyMatch(c -> c.required() && c.id().equals(misconception.shows()));
    }

    /**
     * "No. Not with a proprietary PSU.": an answer that opens with a bare refusal turns down what someone in the
     * question proposes ("the learner says they can upgrade later", "a teammate argues that buying a GPU now …").
     * Each misconception the question voices as someone else's view, and the answer does not claim, is rejected by it
     * and shows its concept, quoted as the learner's refusal.
     */
    private static Map<String, Match> refusedProposals(QuestionRubric rubric, AnalysedText text, String question,
            java.util.Set<Misconception> claimed) {
        Map<String, Match> shown = new LinkedHashMap<>();
        Optional<Match> refusal = text.openingRefusal();
        if (refusal.isEmpty() || question.isBlank()) {
            return shown;
        }
        AnalysedText asked = AnalysedText.of(question);
        for (Misconception misconception : rubric.misconceptions()) {
            boolean proposed = misconception.wording()
                    .first(asked, match -> match.stance() == Stance.ATTRIBUTED && !match.negated()).isPresent();
            if (proposed && !claimed.contains(misconception) && !misconception.shows().isEmpty()) {
                shown.putIfAbsent(misconception.shows(), refusal.get());
            }
        }
        return shown;
    }

    private static List<GradeResult.SectionPointer> pointers(List<Concept> missing) {
        return missing.stream().filter(concept -> !concept.section().isEmpty())
                .map(concept -> new GradeResult.SectionPointer(concept.label(), concept.section()))
                .toList();
    }
}
