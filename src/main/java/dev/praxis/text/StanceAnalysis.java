package dev.praxis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives every token the {@link Stance} the writer takes towards it, by rules over clauses and a closed set of cue
 * words ({@link Lexicon}). Rules run from the weakest to the strongest and later ones overwrite earlier ones:
 * conditions, concessions, attributions, questions, rejections.
 */
final class StanceAnalysis {

    /** How far before a reporting verb its subject may stand ("people often still say"). */
    private static final int SUBJECT_WINDOW = 4;
    /** How many filler words may stand between "is" and an evaluation ("is simply a mistake"). */
    private static final int FILLER_WINDOW = 3;

    private final List<Token> tokens;
    private final String text;
    private final Stance[] stances;
    /** clause index → [first token, last token]; clauses are numbered densely from 0 in token order. */
    private final List<int[]> clauses = new ArrayList<>();
    private final int[] clauseOf;
    /** The "not" of a question that proposes ("isn't it VRAM?", "why not X?"): no negation of what follows. */
    private final java.util.BitSet rhetoricalNots = new java.util.BitSet();
    /** Words inside alternatives the writer leaves open ("maybe X, maybe Y"): see {@link #openAlternatives}. */
    private final java.util.BitSet open = new java.util.BitSet();

    private StanceAnalysis(List<Token> tokens, String text) {
        this.tokens = tokens;
        this.text = text;
        this.stances = new Stance[tokens.size()];
        Arrays.fill(stances, Stance.ASSERTED);
        this.clauseOf = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0 || tokens.get(i).clause() != tokens.get(i - 1).clause()) {
                clauses.add(new int[] {i, i});
            }
            clauses.get(clauses.size() - 1)[1] = i;
            clauseOf[i] = clauses.size() - 1;
        }
    }

    /**
     * The writer's stance towards each token, the negation cues that deny nothing (see {@link #questions}) and the
     * words inside alternatives the writer leaves open (see {@link #openAlternatives}).
     */
    record Result(Stance[] stances, java.util.BitSet rhetoricalNots, java.util.BitSet open) {
    }

    static Result analyse(List<Token> tokens, String text) {
        StanceAnalysis analysis = new StanceAnalysis(tokens, text);
        analysis.conditions();
        analysis.concessions();
        analysis.attributions();
        analysis.questions();
        analysis.rejections();
        analysis.openAlternatives();
        return new Result(analysis.stances, analysis.rhetoricalNots, analysis.open);
    }

    // ---- conditions: "if X" ------------------------------------------------------------------------------------

    private void conditions() {
        for (int i = 0; i < tokens.size(); i++) {
            if (Lexicon.CONDITIONS.contains(stem(i))) {
                mark(i + 1, clauseEnd(i), Stance.SUPPOSED);
            }
        }
    }

    // ---- concessions: "although X", "sure, X, but Y", "X could help, but Y" --------------------------------------

    private void concessions() {
        for (int c = 0; c < clauses.size(); c++) {
            int first = clauses.get(c)[0];
            boolean subordinate = Lexicon.CONCESSIVE_SUBORDINATORS.contains(stem(first))
                    || (word(first).equals("even") && first + 1 < tokens.size()
                            && (word(first + 1).equals("though") || word(first + 1).equals("if")))
                    || ((word(first).equals("while") || word(first).equals("whilst")) && sentenceStart(first));
            if (subordinate) {
                mark(first, clauses.get(c)[1], Stance.CONCEDED);
            } else if (sentenceStart(first) && opensConcession(first) || !sentenceStart(first) && writerConcedes(first)) {
                // "…, I know I did, I had a new card in my cart. But …": the writer's own concession may come mid-sentence
                concedeUntilTurn(c);
            } else if (offersPossibility(c) && c + 1 < clauses.size() && sameSentence(c, c + 1)
                    && Lexicon.CONTRAST.contains(word(clauses.get(c + 1)[0]))) {
                mark(first, clauses.get(c)[1], Stance.CONCEDED);
            }
        }
    }

    private boolean opensConcession(int first) {
        if (Lexicon.INTERJECTIONS.contains(word(first)) && first + 1 < tokens.size()
                && Lexicon.CONCEDING_OPENERS.contains(stem(first + 1))) {
            return true; // "oh sure, …", "ah yes, …"
        }
        if (Lexicon.CONCEDING_OPENERS.contains(stem(first)) || (word(first).equals("of")
                && first + 1 < tokens.size() && word(first + 1).equals("course"))) {
            return true;
        }
        return writerConcedes(first);
    }

    /** "I get why …", "I know …", "I understand …" at the head of a clause. */
    private boolean writerConcedes(int first) {
        int clause = tokens.get(first).clause();
        for (int i = first; i < tokens.size() && i < first + 3 && tokens.get(i).clause() == clause; i++) {
            if (Lexicon.FIRST_PERSON.contains(stem(i))) {
                for (int v = i + 1; v < tokens.size() && v <= i + 2 && tokens.get(v).clause() == clause; v++) {
                    if (Lexicon.CONCEDING_VERBS.contains(stem(v))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A concession holds until the writer turns ("but …"); with no turn at all it was agreement, not concession. */
    private void concedeUntilTurn(int c) {
        int sentence = tokens.get(clauses.get(c)[0]).sentence();
        for (int d = c + 1; d < clauses.size() && sentenceOf(d) == sentence; d++) {
            if (Lexicon.CONTRAST.contains(word(clauses.get(d)[0]))) {
                mark(clauses.get(c)[0], clauses.get(d)[0] - 1, Stance.CONCEDED);
                return;
            }
            int limit = limitedUntil(d);
            if (limit >= 0) {
                // "sure, it will make us serious, right up until it sits idle": granted only up to a point
                mark(clauses.get(c)[0], limit - 1, Stance.CONCEDED);
                return;
            }
        }
        int next = sentenceEnd(clauses.get(c)[0]) + 1;
        if (next < tokens.size() && Lexicon.CONTRAST.contains(word(next))) {
            mark(clauses.get(c)[0], next - 1, Stance.CONCEDED);
        }
    }

    /** The "until" that opens clause c ("right up until", "only until"), or -1. */
    private int limitedUntil(int c) {
        for (int i = clauses.get(c)[0]; i <= clauses.get(c)[1] && i < clauses.get(c)[0] + 3; i++) {
            if (Lexicon.LIMITS.contains(word(i))) {
                return clauses.get(c)[0];
            }
        }
        return -1;
    }

    private boolean offersPossibility(int c) {
        for (int i = clauses.get(c)[0]; i <= clauses.get(c)[1]; i++) {
            if (Lexicon.POSSIBILITY.contains(stem(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- attributions: "people say X", "the instinct to X", "you might think X" --------------------------------

    private void attributions() {
        for (int i = 0; i < tokens.size(); i++) {
            if (reports(i) && closesItsSentence(i)) {
                attributeBefore(i);
            } else if (reports(i) || namesAnIdeaOfOthers(i)) {
                attributeFrom(i + 1);
            } else if (guessesAtTheReader(i)) {
                attributeFrom(i + 3);
            } else if (reportsAHabitOfOthers(i)) {
                attributeFrom(i + 1);
            }
            int quoted = quotedLabelBefore(i);
            if (quoted >= 0) {
                mark(quoted, i - 1, Stance.ATTRIBUTED);
            }
        }
    }

    /** Longest quoted label before an attribution noun ("the 'make the team serious' argument"). */
    private static final int QUOTED_LABEL = 6;
    private static final String QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb";

    /**
     * "The 'make the team serious' argument is about image": words quoted as the label of an idea ("argument",
     * "claim", "myth" …) are that idea, someone else's, not the writer's claim. Returns the first quoted word, or -1;
     * "my 'one machine' plan" and "a good 'measure first' idea" are the writer's own.
     */
    private int quotedLabelBefore(int noun) {
        if (noun < 2 || !Lexicon.ATTRIBUTION_NOUNS.contains(stem(noun)) || !quoteAt(tokens.get(noun - 1).end())) {
            return -1;
        }
        for (int k = noun - 1; k >= 0 && noun - k <= QUOTED_LABEL && tokens.get(k).clause() == tokens.get(noun).clause();
                k--) {
            if (quoteAt(tokens.get(k).start() - 1)) {
                boolean own = k > 0 && (Lexicon.ENDORSING.contains(stem(k - 1)) || Lexicon.FIRST_PERSON.contains(stem(k - 1)));
                return own ? -1 : k;
            }
        }
        return -1;
    }

    private boolean quoteAt(int offset) {
        return offset >= 0 && offset < text.length() && QUOTE_MARKS.indexOf(text.charAt(offset)) >= 0;
    }

    private boolean reports(int verb) {
        boolean generic = Lexicon.GENERIC_REPORTING_VERBS.contains(stem(verb));
        if (!generic && !Lexicon.REPORTING_VERBS.contains(stem(verb))) {
            return false;
        }
        int clause = tokens.get(verb).clause();
        for (int s = verb - 1; s >= 0 && verb - s <= SUBJECT_WINDOW && tokens.get(s).clause() == clause; s--) {
            if (Lexicon.FIRST_PERSON.contains(stem(s))) {
                return false;
            }
            // "on the other hand, prices keep going up": "other" is no one else without its plural
            if ((Lexicon.OTHERS.contains(stem(s)) && !word(s).equals("other"))
                    || (generic && Lexicon.GENERIC_SUBJECTS.contains(stem(s)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A GPU makes a team serious, people say.": a report in a clause of its own that ends its sentence (not with a
     * colon, which announces what follows) is said of the clauses before it.
     */
    private boolean closesItsSentence(int verb) {
        int clause = clauseOf[verb];
        int end = clauses.get(clause)[1];
        if (clause == 0 || !sameSentence(clause - 1, clause) || end - verb > 1 || end != sentenceEnd(verb)
                || verb - clauses.get(clause)[0] > SUBJECT_WINDOW) {
            return false;
        }
        for (int p = tokens.get(end).end(); p < text.length(); p++) {
            char ch = text.charAt(p);
            if (!Character.isWhitespace(ch)) {
                return ch != ':';
            }
        }
        return true;
    }

    private void attributeBefore(int verb) {
        int clause = clauseOf[verb];
        for (int c = clause - 1; c >= 0 && sameSentence(c, clause); c--) {
            mark(clauses.get(c)[0], clauses.get(c)[1], Stance.ATTRIBUTED);
        }
    }

    /** "Let me guess, the plan is a bigger GPU?": the writer voices the idea they expect from others, to mock it. */
    private boolean guessesAtTheReader(int let) {
        return word(let).equals("let") && let + 2 < tokens.size() && word(let + 1).equals("me")
                && Lexicon.GUESSES.contains(stem(let + 2));
    }

    /** "A lot of people would jump to a new GPU": what others would do, not what the writer advises. */
    private boolean reportsAHabitOfOthers(int subject) {
        return Lexicon.PEOPLE.contains(stem(subject)) && subject + 1 < tokens.size()
                && tokens.get(subject + 1).clause() == tokens.get(subject).clause()
                && Lexicon.HABITUAL.contains(stem(subject + 1));
    }

    private boolean namesAnIdeaOfOthers(int noun) {
        if (!Lexicon.ATTRIBUTION_NOUNS.contains(stem(noun)) || noun + 1 >= tokens.size()
                || tokens.get(noun + 1).clause() != tokens.get(noun).clause()
                || !Lexicon.COMPLEMENTIZERS.contains(stem(noun + 1)) || judgesTheIdea(noun + 1)) {
            return false;
        }
        for (int e = noun - 1; e >= 0 && noun - e <= 2 && tokens.get(e).clause() == tokens.get(noun).clause(); e--) {
            // "a good idea to measure" is the writer's own; "the module's reasoning is X" cites the course itself
            if (Lexicon.ENDORSING.contains(stem(e)) || Lexicon.COURSE_SOURCES.contains(stem(e))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma stands between tokens a and b (tokens split from one word overlap and have none). */
    private boolean commaBetween(int a, int b) {
        int from = tokens.get(a).end();
        int to = tokens.get(b).start();
        return from < to && text.substring(from, to).indexOf(',') >= 0;
    }

    /**
     * "The claim is unrealistic, because the PSU is proprietary", "the idea is not realistic": after the copula comes
     * the writer's verdict on the idea, not the idea itself, so neither it nor the reason given for it is attributed.
     */
    private boolean judgesTheIdea(int be) {
        if (!Lexicon.BE.contains(stem(be))) {
            return false;
        }
        int clause = tokens.get(be).clause();
        for (int i = be + 1; i < tokens.size() && i <= be + 1 + FILLER_WINDOW && tokens.get(i).clause() == clause; i++) {
            String s = stem(i);
            if (Lexicon.VERDICTS_ON_IDEAS.contains(s) || Lexicon.REJECTIONS.contains(s)) {
                return true;
            }
            if (!Lexicon.FILLERS.contains(s) && !Lexicon.NEGATION_CUES.contains(s)) {
                return false;
            }
        }
        return false;
    }

    /**
     * What someone else holds runs to the end of the clause and on through the sentence until the writer turns
     * ("but …") or speaks for themself ("I …"); a frame that ends its sentence ("people say: X") reaches into the
     * next one.
     */
    private void attributeFrom(int from) {
        if (from >= tokens.size()) {
            return;
        }
        int sentence = tokens.get(from - 1).sentence();
        if (tokens.get(from).sentence() != sentence) {
            sentence = tokens.get(from).sentence();
        }
        int c = clauseOf[from];
        mark(from, clauses.get(c)[1], Stance.ATTRIBUTED);
        for (int d = c + 1; d < clauses.size() && sentenceOf(d) == sentence && !turnsAway(d); d++) {
            mark(clauses.get(d)[0], clauses.get(d)[1], Stance.ATTRIBUTED);
        }
    }

    private boolean turnsAway(int c) {
        int first = clauses.get(c)[0];
        if (Lexicon.CONTRAST.contains(word(first))) {
            return true;
        }
        for (int i = first; i <= clauses.get(c)[1] && i < first + 2; i++) {
            if (Lexicon.FIRST_PERSON.contains(stem(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- questions: "is it the GPU?", "why buy a GPU now?" -----------------------------------------------------

    /**
     * A question opened by an interrogative ("is it the GPU?") asks; "why X?" rejects X, but not the premise it is
     * asked on ("why buy a GPU for work that is all API calls?": the API work is the writer's claim); a statement with
     * a question mark ("probably VRAM?") is a hedged claim, unless the writer answers it with a "no" ("keep the
     * laptop? no way"). Questions that propose rather than ask keep the writer's stance: a negative question
     * ("isn't it VRAM?", "wouldn't it be better to wait?", "why not try a smaller batch?") and a question that
     * suggests a check ("have you looked at the disk?", "has anyone checked the PSU?"). A question the writer
     * answers at once with "because" explains itself: "why RAM? because it swaps" holds RAM, "why not a GPU?
     * because …" rejects the GPU.
     */
    private void questions() {
        int i = 0;
        while (i < tokens.size()) {
            int end = sentenceEnd(i);
            if (endsWithQuestionMark(end)) {
                int answer = answerTo(end);
                boolean answeredNo = answer >= 0 && (Lexicon.NO.contains(stem(answer))
                        || Lexicon.BARELY.contains(stem(answer)));
                boolean answeredYes = answer >= 0 && Lexicon.YES.contains(stem(answer));
                boolean explained = end + 1 < tokens.size() && Lexicon.EXPLANATIONS.contains(stem(end + 1));
                boolean negative = i + 1 <= end && Lexicon.NEGATION_CUES.contains(stem(i + 1));
                if (Lexicon.RHETORICAL.contains(stem(i))) {
                    if (negative) {
                        rhetoricalNots.set(i + 1);
                        if (explained) {
                            mark(i + 2, end, Stance.REJECTED);
                        }
                    } else if (!explained) {
                        mark(i, premise(i, end) - 1, Stance.REJECTED);
                    }
                } else if (answeredNo) {
                    mark(i, end, Stance.REJECTED);
                } else if (Lexicon.INTERROGATIVES.contains(stem(i)) && !answeredYes && !guesses(i, end)) {
                    // "is it VRAM? probably yes": a hypothesis the writer grants at once stays the writer's claim
                    if (negative) {
                        rhetoricalNots.set(i + 1);
                    } else if (!suggestsACheck(i, end)) {
                        mark(i, end, Stance.ASKED);
                    }
                }
            }
            i = end + 1;
        }
    }

    /**
     * "Could be memory on the GPU, I guess?": a guess with a question mark, no question. A modal with no subject
     * ("could be", "might be") or the writer's own "I guess" / "I think" makes it a hedged claim.
     */
    private boolean guesses(int first, int end) {
        if (first + 1 <= end && Lexicon.MODALS.contains(word(first)) && word(first + 1).equals("be")) {
            return true;
        }
        for (int g = first; g < end; g++) {
            if (word(g).equals("i") && Lexicon.OWN_GUESSES.contains(stem(g + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word by which the writer answers the question ending at {@code end}, or -1: the next sentence's first word
     * ("no, …", "probably yes", "hardly."), or a clause of the next sentence that is only a yes or a no after a
     * filler ("…, so no, it would sit there", "…, so yes.").
     */
    private int answerTo(int end) {
        int next = end + 1;
        if (next >= tokens.size()) {
            return -1;
        }
        if (Lexicon.YES.contains(stem(next)) && next + 1 < tokens.size() && Lexicon.NO.contains(stem(next + 1))) {
            return next + 1; // "probably not"
        }
        if (word(next).equals("not") && next + 1 < tokens.size() && Lexicon.UNSURE.contains(word(next + 1))) {
            return -1; // "not sure what to do": doubt, not an answer
        }
        if (Lexicon.NO.contains(stem(next)) || Lexicon.YES.contains(stem(next)) || Lexicon.BARELY.contains(stem(next))) {
            return next;
        }
        int sentenceEnd = sentenceEnd(next);
        for (int a = next + 1; a <= sentenceEnd; a++) {
            boolean bare = word(a).equals("yes") || word(a).equals("no") || word(a).equals("так") || word(a).equals("ні");
            int clause = tokens.get(a).clause();
            boolean opensClause = tokens.get(a - 1).clause() != clause
                    || (a - 2 >= 0 && tokens.get(a - 2).clause() != clause && Lexicon.ANSWER_LEADS.contains(word(a - 1)));
            boolean closesClause = a == sentenceEnd || tokens.get(a + 1).clause() != clause;
            if (bare && opensClause && closesClause) {
                return a;
            }
        }
        return -1;
    }

    /** Where the premise of a "why X for Y?" question starts ("for", "when", "since" …), or the sentence end + 1. */
    private int premise(int why, int end) {
        for (int p = why + 2; p <= end; p++) {
            if (Lexicon.PREMISES.contains(word(p))) {
                return p;
            }
        }
        return end + 1;
    }

    /** "Have you checked the PSU?", "has anyone looked at the disk?": a check proposed as a question. */
    private boolean suggestsACheck(int first, int end) {
        for (int v = first + 1; v <= end && v <= first + 3; v++) {
            if (Lexicon.CHECKS.contains(stem(v))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithQuestionMark(int lastToken) {
        for (int p = tokens.get(lastToken).end(); p < text.length(); p++) {
            char ch = text.charAt(p);
            if (ch == '?') {
                return true;
            }
            if (ch == '.' || ch == '!' || ch == ';' || ch == '\n' || Character.isLetterOrDigit(ch)) {
                return false;
            }
        }
        return false;
    }

    // ---- rejections: "that instinct is wrong", "buying now would be a mistake", "that's not the answer" ----------

    private void rejections() {
        analogies();
        firstIdeas();
        doubts();
        for (int c = 0; c < clauses.size(); c++) {
            int predicate = rejectionPredicate(c);
            if (predicate < 0) {
                continue;
            }
            int first = clauses.get(c)[0];
            int last = clauses.get(c)[1];
            // the evaluation itself ("premature", "a waste", "too complex") is the writer's claim; what it is said of
            // is rejected, but an action's premise stays the writer's ("buying a desktop for a few jobs a month makes
            // no sense": the few jobs are the writer's reason), as in an analogy that rejects
            int end = predicate - (tooBefore(predicate) ? 2 : 1);
            mark(first, actionSubject(first, predicate) ? Math.min(premise(first, end), end + 1) - 1 : end,
                    Stance.REJECTED);
            if (extraposed(predicate, last)) {
                mark(predicate + 1, last, Stance.REJECTED);
            } else if (!hasContent(first, predicate) && first > 0) {
                // the subject points back ("that", "this instinct", nothing at all): reject what it points to
                int pointedTo = first - 1;
                int from = sentenceStart(first) ? firstOfSentence(pointedTo) : firstOfSentence(first);
                if (!sentenceStart(first) && Lexicon.FRONTED_PREMISES.contains(word(from))) {
                    // "With heat, noise and rare jobs, that's the wrong call": the fronted premise is the writer's
                    // reason; what "that" rejects is the sentence before
                    if (from == 0) {
                        continue;
                    }
                    pointedTo = from - 1;
                    from = firstOfSentence(pointedTo);
                }
                mark(from, pointedTo, Stance.REJECTED);
            }
        }
    }

    /**
     * "Buying the desktop was my first thought too, but the work doesn't touch a GPU", "my first idea was the CPU,
     * but it's barely busy": the writer's own first idea, followed by a turn in the same or the next sentence, is
     * set aside. Without a turn ("my first guess was heat, and it was right") it stands.
     */
    private void firstIdeas() {
        for (int c = 0; c < clauses.size(); c++) {
            if (!namesTheWritersFirstIdea(c)) {
                continue;
            }
            // the first idea may run on over a few clauses of its sentence ("When I first read this I thought about
            // all the causes, drivers, RAM, the power supply. But …"): all of it is set aside by the turn
            for (int d = c; d < clauses.size() && sentenceOf(d) == sentenceOf(c); d++) {
                if (turnsAfter(d)) {
                    mark(clauses.get(c)[0], clauses.get(d)[1], Stance.REJECTED);
                    break;
                }
            }
        }
    }

    private boolean namesTheWritersFirstIdea(int c) {
        int first = clauses.get(c)[0];
        int last = clauses.get(c)[1];
        for (int i = first + 1; i <= last; i++) {
            if (Lexicon.FIRST_IDEAS.contains(stem(i)) && Lexicon.FIRST.contains(stem(i - 1)) && i - 2 >= first
                    && Lexicon.FIRST_PERSON.contains(stem(i - 2))) {
                return true;
            }
        }
        return thoughtAtFirst(first, last);
    }

    /**
     * "When I first read this I thought …", "I initially assumed …": the writer's thinking, placed first; "I was
     * convinced …", "I was sure …": a conviction the writer held and no longer holds.
     */
    private boolean thoughtAtFirst(int first, int last) {
        for (int i = first; i + 2 <= last; i++) {
            if (Lexicon.FIRST_PERSON.contains(stem(i)) && (word(i + 1).equals("was") || word(i + 1).equals("were"))
                    && Lexicon.PAST_CONVICTIONS.contains(word(i + 2))) {
                return true;
            }
        }
        for (int i = first; i <= last; i++) {
            if (!Lexicon.FIRST_PERSON.contains(stem(i)) || i + 1 > last
                    || !(Lexicon.FIRST_ADVERBS.contains(word(i + 1)) || i + 2 <= last
                            && Lexicon.FIRST_ADVERBS.contains(word(i + 2)))) {
                continue;
            }
            for (int k = i + 1; k <= last; k++) {
                if (Lexicon.THOUGHTS.contains(word(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean turnsAfter(int c) {
        int next = clauses.get(c)[1] + 1;
        if (next < tokens.size() && sentenceStart(next)) {
            // "… and I even priced out a new card. Then I actually opened the monitor": the turn may stand a few
            // words into the next sentence
            for (int t = next; t < tokens.size() && t < next + 3 && tokens.get(t).sentence() == tokens.get(next).sentence(); t++) {
                if (Lexicon.CONTRAST.contains(word(t))) {
                    return true;
                }
            }
            return false;
        }
        return next < tokens.size() && Lexicon.CONTRAST.contains(word(next))
                && tokens.get(next).sentence() == sentenceOf(c);
    }

    /**
     * "Getting a big GPU for API work is like buying a faster car when the road is jammed": an action compared with
     * another that is misapplied ("when", "before", "because" …) is rejected; the picture itself is no claim at all.
     * Analogies that explain ("VRAM is like a desk", "it's like a runner who overheats") have no action as subject
     * and stay as they are.
     */
    private void analogies() {
        for (int c = 0; c < clauses.size(); c++) {
            int first = clauses.get(c)[0];
            int last = clauses.get(c)[1];
            for (int like = first + 2; like < last; like++) {
                if (Lexicon.LIKE.contains(word(like)) && Lexicon.BE.contains(stem(like - 1))
                        && actionSubject(first, like) && isAction(like + 1) && misfits(like + 2, last)) {
                    int be = like - 1;
                    while (be - 1 > first && (Lexicon.BE.contains(stem(be - 1)) || Lexicon.FILLERS.contains(stem(be - 1)))) {
                        be--;
                    }
                    // "getting a big GPU for API work is like …": the premise ("for API work") stays the writer's
                    int premise = Math.min(premise(first, be - 1), be);
                    mark(first, premise - 1, Stance.REJECTED);
                    mark(like + 1, last, Stance.ASKED);
                    break;
                }
            }
        }
    }

    private boolean isAction(int i) {
        String w = word(i);
        return w.length() > 5 && w.endsWith("ing") && !w.endsWith("thing");
    }

    private boolean misfits(int from, int last) {
        for (int i = from; i <= last; i++) {
            if (Lexicon.MISFIT.contains(word(i))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the word that rejects the clause's subject, or -1. */
    private int rejectionPredicate(int c) {
        int first = clauses.get(c)[0];
        int last = clauses.get(c)[1];
        for (int i = first; i <= last; i++) {
            if (Lexicon.DISAGREE.contains(stem(i)) || makesNoSense(i, first)) {
                return i;
            }
            // "Купувати desktop для рідкісних задач немає сенсу" / "не має сенсу": the same evaluation in Ukrainian,
            // closing its clause after the action it rejects; the evaluation itself stays the writer's claim
            if (i > first && i + 1 <= last && (word(i).equals("немає") && word(i + 1).equals("сенсу")
                    || word(i).equals("не") && i + 2 <= last && word(i + 1).equals("має")
                            && word(i + 2).equals("сенсу"))) {
                return i;
            }
            if (Lexicon.DEFERRALS.contains(stem(i)) && i > first && Lexicon.MERELY.contains(stem(i - 1))
                    && i - 1 > first) {
                // "swap would only postpone the kill": the subject is set aside as a mere deferral
                return i;
            }
            boolean evaluation = Lexicon.REJECTIONS.contains(stem(i)) || Lexicon.REJECTION_WORDS.contains(word(i))
                    || (Lexicon.TOO_EVALUATIONS.contains(word(i)) && tooBefore(i))
                    // "three machines now is too much maintenance": a burden, after "too much", weighs against it
                    || (word(i).equals("much") && tooBefore(i) && i + 1 <= last
                            && Lexicon.BURDENS.contains(stem(i + 1)))
                    || (Lexicon.BAD.contains(stem(i)) && i + 1 <= last && Lexicon.CHOICES.contains(stem(i + 1)))
                    || (Lexicon.COSTS.contains(stem(i)) && actionSubject(first, i));
            boolean consequence = Lexicon.COSTS.contains(stem(i)) && actionSubject(first, i) && followsConsequence(i, first);
            // "Купувати шумний desktop для рідкісних задач нераціонально": an action judged without a copula, the
            // evaluation closing its clause
            boolean zeroCopula = i == last && i - first >= 2 && actionSubject(first, i);
            // "a three-machine lab now would bury you in networking and upkeep": what the subject would do to the
            // learner weighs against it
            if (Lexicon.HARMS.contains(stem(i)) && i > first + 1 && Lexicon.HARM_MODALS.contains(word(i - 1))) {
                return i;
            }
            // "learning on one machine only builds the wrong habits", "buying now sends the wrong signal": an action
            // said to bring about "the wrong" thing is rejected
            if (word(i).equals("wrong") && i > first + 1 && (word(i - 1).equals("the") || word(i - 1).equals("a"))
                    && i + 1 <= last && actionSubject(first, i)) {
                return i;
            }
            if (evaluation && ((i == first && last - first < 3) || followsBe(i, first, false) || consequence
                    || followsAnaphor(i, first) || zeroCopula)) {
                return i;
            }
            if (Lexicon.DENIED_ROLES.contains(stem(i)) && followsBe(i, first, true) && demonstrativeSubject(first, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "Buying a desktop for a few jobs makes no sense", "it doesn't make any sense": an action rejected. */
    private boolean makesNoSense(int i, int first) {
        if (!word(i).equals("sense") || i - 2 < first) {
            return false;
        }
        int verb = word(i - 1).equals("any") || word(i - 1).equals("much") ? i - 2 : i - 1;
        if (Lexicon.NEGATION_CUES.contains(stem(verb)) && verb - 1 >= first && Lexicon.MAKES.contains(stem(verb - 1))) {
            return verb - 1 > first; // "makes no sense" said of something
        }
        return Lexicon.MAKES.contains(stem(verb)) && verb - 1 > first && Lexicon.NEGATION_CUES.contains(stem(verb - 1));
    }

    private boolean tooBefore(int i) {
        return i > 0 && (word(i - 1).equals("too") || word(i - 1).equals("занадто") || word(i - 1).equals("надто")
                || word(i - 1).equals("зарано"));
    }

    /** "Buying a desktop is expensive": the subject is an action, so a cost said of it weighs against doing it. */
    private boolean actionSubject(int first, int predicate) {
        int head = Lexicon.CONTRAST.contains(word(first)) && first + 1 < predicate ? first + 1 : first;
        String w = word(head);
        boolean ukrainianInfinitive = w.length() > 4 && Character.UnicodeBlock.of(w.charAt(0))
                == Character.UnicodeBlock.CYRILLIC && (w.endsWith("ти") || w.endsWith("ть"));
        // "To buy a big desktop is expensive": an English infinitive as the subject ("to be honest" is no action)
        boolean infinitive = w.equals("to") && head + 2 < predicate && !word(head + 1).equals("be");
        return head < predicate && (w.length() > 5 && w.endsWith("ing") && !w.endsWith("thing") || ukrainianInfinitive
                || infinitive || bareActionSubject(head, predicate));
    }

    /**
     * "Buy a desktop is expensive": learners whose first language is not English often use the bare verb where English
     * wants "buying". It is a subject only when its own object runs straight into the copula; "Buy the desktop that is
     * expensive" (a relative or pointer between) and "Add RAM, the swap is slow" (a comma) and "Keep the laptop because a GPU is expensive" (a subordinator) stay
     * imperatives.
     */
    private boolean bareActionSubject(int head, int predicate) {
        if (!Lexicon.BARE_ACTIONS.contains(word(head)) || head + 2 >= predicate) {
            return false;
        }
        for (int i = head + 1; i < predicate; i++) {
            if (Lexicon.RELATIVES.contains(word(i)) || Lexicon.ANAPHORS.contains(stem(i))
                    || Lexicon.SUBORDINATORS.contains(stem(i)) || commaBetween(i - 1, i)) {
                return false; // "Add more RAM, the swap is slow": a comma closes the imperative's object
            }
            if (Lexicon.BE.contains(stem(i))) {
                return i > head + 1;
            }
        }
        return false;
    }

    /** Whether "is" (or "would be", "seems" …) stands before word i with only fillers between, negated or not. */
    private boolean followsBe(int i, int first, boolean negated) {
        boolean sawNot = false;
        for (int b = i - 1; b >= first && i - b <= FILLER_WINDOW + 1; b--) {
            if (Lexicon.NEGATION_CUES.contains(stem(b))) {
                sawNot = true;
                continue;
            }
            if (Lexicon.BE.contains(stem(b))) {
                return sawNot == negated;
            }
            if (!Lexicon.FILLERS.contains(stem(b))) {
                return false;
            }
        }
        return false;
    }

    /** "Buying a desktop means a hot flat": a cost the action brings, with only fillers between. */
    private boolean followsConsequence(int i, int first) {
        for (int b = i - 1; b >= first && i - b <= FILLER_WINDOW + 1; b--) {
            if (Lexicon.CONSEQUENCES.contains(stem(b))) {
                return true;
            }
            if (!Lexicon.FILLERS.contains(stem(b))) {
                return false;
            }
        }
        return false;
    }

    /** "це помилка", "that, a mistake": languages and registers that drop the copula. */
    private boolean followsAnaphor(int i, int first) {
        for (int b = i - 1; b >= first && i - b <= FILLER_WINDOW + 1; b--) {
            if (Lexicon.ANAPHORS.contains(stem(b))) {
                return !Lexicon.NEGATION_CUES.contains(stem(i - 1));
            }
            if (!Lexicon.FILLERS.contains(stem(b)) && !Lexicon.CONTRAST.contains(word(b))) {
                return false;
            }
        }
        return false;
    }

    /** "That is not the answer" rejects what came before; "VRAM is not the problem" is a plain denial of VRAM. */
    private boolean demonstrativeSubject(int first, int predicate) {
        for (int i = first; i < predicate; i++) {
            String w = word(i);
            if (w.equals("that") || w.equals("this") || w.equals("which") || w.equals("це")) {
                return true;
            }
        }
        return false;
    }

    /** Whether words first..before-1 name something of their own, beyond pointers, fillers and idea nouns. */
    private boolean hasContent(int first, int before) {
        for (int i = first; i < before; i++) {
            String s = stem(i);
            boolean empty = Lexicon.ANAPHORS.contains(s) || Lexicon.FILLERS.contains(s) || Lexicon.BE.contains(s)
                    || Lexicon.ATTRIBUTION_NOUNS.contains(s) || Lexicon.CONTRAST.contains(word(i))
                    || Lexicon.NEGATION_CUES.contains(s) || Lexicon.FIRST_PERSON.contains(s)
                    || Lexicon.OTHERS.contains(s) || word(i).equals("so") || word(i).equals("and")
                    || word(i).equals("first");
            if (!empty) {
                return true;
            }
        }
        return false;
    }

    /** "It would be a waste to buy X": the rejected idea follows the evaluation. */
    private boolean extraposed(int predicate, int last) {
        for (int i = predicate + 1; i <= last && i <= predicate + 2; i++) {
            if (word(i).equals("to") || word(i).equals("щоб")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I doubt the claim holds", "we doubt that a bigger card helps", "я сумніваюся, що …": what the writer says they
     * doubt, to the end of the clause, is rejected. "I don't doubt it", "no reason to doubt", "without doubt" and
     * "doubt" as a noun after an article ("a doubt", "some doubt") are no such rejection.
     */
    private void doubts() {
        for (int i = 1; i < tokens.size(); i++) {
            String w = word(i);
            boolean doubtVerb = w.equals("doubt") || w.equals("сумніваюся") || w.equals("сумніваюсь")
                    || w.equals("сумніваємося") || w.equals("сумніваємось");
            if (!doubtVerb || !Lexicon.FIRST_PERSON.contains(stem(i - 1)) && !(i >= 2 && Lexicon.FIRST_PERSON
                    .contains(stem(i - 2)) && Lexicon.FILLERS.contains(stem(i - 1)))) {
                continue;
            }
            int end = clauseEnd(i);
            // "я сумніваюся, що X": the doubted content may open the next clause of the sentence
            if (end + 1 < tokens.size() && end == i && sameSentence(clauseOf[i], clauseOf[end + 1])) {
                end = clauseEnd(end + 1);
            }
            mark(i + 1, end, Stance.REJECTED);
        }
    }

    // ---- open alternatives: "maybe X, maybe Y", "maybe X or maybe Y" ----------------------------------------------

    /**
     * A sentence that offers two or more hedged alternatives, each opened by "maybe" (or "perhaps", "possibly") at the
     * head of a clause or after "or", leaves the choice open: the words from the first alternative to the sentence's
     * end are entertained, not chosen. One hedge ("maybe the disk") is a hedged claim, and plain alternatives
     * ("add RAM or run fewer services") are a choice of remedies; neither is open.
     */
    private void openAlternatives() {
        int i = 0;
        while (i < tokens.size()) {
            int end = sentenceEnd(i);
            int firstHedge = -1;
            int hedges = 0;
            for (int h = i; h <= end; h++) {
                boolean opensAlternative = h == i || tokens.get(h - 1).clause() != tokens.get(h).clause()
                        || Lexicon.ALTERNATIVE_JOINS.contains(word(h - 1));
                // "Could be VRAM maybe, or maybe system RAM": a guess opened by a modal and "be" is one alternative
                boolean modalGuess = Lexicon.MODALS.contains(word(h)) && h + 1 <= end && word(h + 1).equals("be");
                if ((Lexicon.OPEN_HEDGES.contains(word(h)) || modalGuess) && opensAlternative) {
                    hedges++;
                    firstHedge = firstHedge < 0 ? h : firstHedge;
                }
            }
            if (hedges >= 2) {
                open.set(firstHedge, end + 1);
            }
            i = end + 1;
        }
        // "It's either VRAM or the CPU", "either it's overheating or the card is too weak": a diagnosis offered as
        // two alternatives is not chosen ("either add RAM or run fewer services", remedies, stays a choice)
        for (int e = 0; e < tokens.size(); e++) {
            if (word(e).equals("either") && diagnosisAround(e)) {
                int end = sentenceEnd(e);
                for (int or = e + 2; or <= end; or++) {
                    if (word(or).equals("or")) {
                        open.set(e, end + 1);
                        break;
                    }
                }
            }
        }
        // "I could go either way", "I'm torn", "hard to say which", "both would work": the writer says outright that
        // the choice is open, so the whole answer weighs options instead of choosing one
        for (int k = 0; k < tokens.size(); k++) {
            if (declaresUndecided(k)) {
                open.set(0, tokens.size());
                return;
            }
        }
    }

    /**
     * Whether word k closes a declaration that the writer has not chosen between the options they name: "could go
     * either way", "I'm torn", "hard to say which" / "not sure which", "both would work" / "both options are fine",
     * "either choice is reasonable", "важко сказати, що". "Either way, keep the laptop" decides (it is not "go either
     * way"), and "not sure" alone doubts one claim without weighing two.
     */
    private boolean declaresUndecided(int k) {
        String w = word(k);
        // "let them pick", "let the team decide": the choice handed to someone else
        if (Lexicon.CHOOSE.contains(w)) {
            for (int let = k - 2; let >= Math.max(0, k - 3); let--) {
                if (word(let).equals("let") && sameClause(let, k) && Lexicon.CHOOSERS.contains(word(let + 1))
                        && (let + 2 == k || Lexicon.CHOOSERS.contains(word(let + 2)))) {
                    return true;
                }
            }
        }
        // "It could be a good deal or a trap, hard to say.": alternatives in the same sentence, then "hard to say"
        // closing its clause (with "which" it is caught below)
        if (w.equals("say") && k >= 2 && (Lexicon.HARD.contains(word(k - 1)) || word(k - 1).equals("to")
                && k >= 3 && Lexicon.HARD.contains(word(k - 2))) && (k + 1 >= tokens.size() || !sameClause(k, k + 1))) {
            int hard = Lexicon.HARD.contains(word(k - 1)) ? k - 1 : k - 2;
            for (int or = hard - 1; or >= 0 && tokens.get(or).sentence() == tokens.get(k).sentence(); or--) {
                if (Lexicon.ALTERNATIVE_JOINS.contains(word(or))) {
                    return true;
                }
            }
        }
        if (w.equals("way") && k >= 2 && word(k - 1).equals("either") && Lexicon.GO.contains(word(k - 2))) {
            return true;
        }
        if (w.equals("torn") && (k + 1 < tokens.size() && word(k + 1).equals("between")
                || k >= 1 && (Lexicon.BE.contains(stem(k - 1)) || word(k - 1).equals("i") || word(k - 1).equals("im")))) {
            return true;
        }
        boolean hardToSay = k >= 3 && word(k - 1).equals("say") && (Lexicon.HARD.contains(word(k - 2))
                || word(k - 2).equals("to") && Lexicon.HARD.contains(word(k - 3)));
        if (w.equals("which") && (hardToSay || k >= 2 && word(k - 1).equals("sure") && word(k - 2).equals("not"))) {
            return true;
        }
        if (w.equals("сказати") && k >= 1 && Lexicon.HARD.contains(word(k - 1))) {
            return true;
        }
        // the options as the subject of their own clause ("…; both would work"), not "the CPU and disk, which are
        // both fine" (two things cleared, not two choices weighed)
        if ((w.equals("both") || w.equals("either") || w.equals("обидва") || w.equals("обидві"))
                && k + 1 < tokens.size() && onlyFillersBefore(k)) {
            // "both would work", "both options are fine", "either choice is reasonable"
            for (int v = k + 1; v < tokens.size() && v <= k + 3 && sameClause(k, v); v++) {
                if (Lexicon.ACCEPTABLE.contains(word(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether "either" at e is said of a diagnosis: a copula with a pronoun or a word for the cause next to it ("it's
     * either", "either it's", "either it is", "the problem is either").
     */
    private boolean diagnosisAround(int e) {
        if (e + 2 < tokens.size() && sameClause(e, e + 2) && Lexicon.DIAGNOSIS_SUBJECTS.contains(word(e + 1))
                && Lexicon.BE.contains(stem(e + 2))) {
            return true; // "either it's …", "either it is …", "either that's …"
        }
        return e >= 2 && sameClause(e - 2, e) && Lexicon.BE.contains(stem(e - 1))
                && Lexicon.DIAGNOSIS_SUBJECTS.contains(word(e - 2)); // "it is either …", "the problem is either …"
    }

    /** Whether word k opens its clause, after nothing but fillers ("honestly both would work"). */
    private boolean onlyFillersBefore(int k) {
        for (int b = k - 1; b >= 0 && sameClause(b, k); b--) {
            if (!Lexicon.FILLERS.contains(stem(b))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameClause(int a, int b) {
        return tokens.get(a).clause() == tokens.get(b).clause();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void mark(int from, int to, Stance stance) {
        for (int i = Math.max(0, from); i <= to && i < stances.length; i++) {
            stances[i] = stance;
        }
    }

    private String stem(int i) {
        return tokens.get(i).stem();
    }

    private String word(int i) {
        return tokens.get(i).word();
    }

    private int clauseEnd(int i) {
        return clauses.get(clauseOf[i])[1];
    }

    private int sentenceOf(int c) {
        return tokens.get(clauses.get(c)[0]).sentence();
    }

    private boolean sameSentence(int c, int d) {
        return sentenceOf(c) == sentenceOf(d);
    }

    private boolean sentenceStart(int i) {
        return i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
    }

    private int firstOfSentence(int i) {
        int f = i;
        while (f > 0 && tokens.get(f - 1).sentence() == tokens.get(i).sentence()) {
            f--;
        }
        return f;
    }

    private int sentenceEnd(int i) {
        int e = i;
        while (e + 1 < tokens.size() && tokens.get(e + 1).sentence() == tokens.get(i).sentence()) {
            e++;
        }
        return e;
    }
}
