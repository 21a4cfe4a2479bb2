package dev.praxis.text;

import java.util.List;
import java.util.Optional;

/**
 * A text read once: its tokens, the {@link Stance} the writer takes towards each word, and ways to quote the
 * writer's own words back. Shared by every concept, misconception and check that looks at the same answer.
 */
public final class AnalysedText {

    /** A quoted context shorter than this grows by neighbouring clauses of the same sentence. */
    private static final int SHORT_CONTEXT = 40;

    private final String original;
    private final List<Token> tokens;
    private final Stance[] stances;
    private final java.util.BitSet rhetoricalNots;
    private final java.util.BitSet open;
    /** Made on first use; see {@link StemIndex}. */
    private volatile StemIndex stemIndex;
    /** What each wording found in this text, by wording (identity): see {@link #found}. */
    private final java.util.Map<Object, Object> found =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private AnalysedText(String original, List<Token> tokens, StanceAnalysis.Result analysis) {
        this.original = original;
        this.tokens = tokens;
        this.stances = analysis.stances();
        this.rhetoricalNots = analysis.rhetoricalNots();
        this.open = analysis.open();
    }

    public static AnalysedText of(String text) {
        String original = text == null ? "" : text;
        List<Token> tokens = List.copyOf(Tokenizer.tokenize(original));
        return new AnalysedText(original, tokens, StanceAnalysis.analyse(tokens, original));
    }

    StemIndex stemIndex() {
        StemIndex index = stemIndex;
        if (index == null) {
            index = new StemIndex(tokens);
            stemIndex = index;
        }
        return index;
    }

    /**
     * What {@code find} finds in this text for the wording, found once: the text never changes, and a grader asks
     * the same wording several questions of one answer.
     */
    @SuppressWarnings("unchecked")
    <T> T found(Object wording, java.util.function.Function<AnalysedText, T> find) {
        return (T) found.computeIfAbsent(wording, key -> find.apply(this));
    }

    public String original() {
        return original;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public boolean isBlank() {
        return tokens.isEmpty();
    }

    public Stance stance(int token) {
        return stances[token];
    }

    /** The stance of a span: that of its first word (a phrase does not straddle a change of stance in practice). */
    public Stance stance(Span span) {
        return stances[span.first()];
    }

    /**
     * Whether the span stands among alternatives the writer leaves open ("maybe thermal throttling, maybe a memory
     * leak"): entertained, neither chosen nor ruled out.
     */
    public boolean leftOpen(Span span) {
        return open.get(span.first());
    }

    /** The fewest words a quoted passage holds: fewer is a label or a phrase ("the 'upgrade later' claim"). */
    private static final int QUOTED_PASSAGE = 6;
    private static final String QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb";

    /**
     * Whether the span stands inside a passage the writer quotes, of six words or more ("As the course puts it:
     * 'Keep enough free space on the system disk for caches.'"): someone else's sentence, not the writer's own
     * decision. Short quotes name an idea or a phrase and are not passages; an apostrophe inside or at the end of a
     * word ("it's", "the teams' plans") opens or closes nothing.
     */
    public boolean quotedPassage(Span span) {
        int start = tokens.get(span.first()).start();
        int end = tokens.get(span.last()).end();
        int open = -1;
        for (int o = 0; o < original.length(); o++) {
            if (QUOTE_MARKS.indexOf(original.charAt(o)) < 0) {
                continue;
            }
            boolean before = o > 0 && Character.isLetterOrDigit(original.charAt(o - 1));
            boolean after = o + 1 < original.length() && Character.isLetterOrDigit(original.charAt(o + 1));
            if (open < 0 && !before && after) {
                open = o;
            } else if (open >= 0 && !after && o > open + 1) {
                if (open < start && end <= o && wordsBetween(open, o) >= QUOTED_PASSAGE) {
                    return true;
                }
                open = -1;
            }
        }
        return false;
    }

    private int wordsBetween(int from, int to) {
        int words = 0;
        for (Token token : tokens) {
            if (token.start() > from && token.end() <= to) {
                words++;
            }
        }
        return words;
    }

    /**
     * The refusal an answer opens with, as a sentence of nothing else ("No.", "Nope.", "No way."): the writer turns
     * down what the question proposes. Empty for any other opening ("No, it's VRAM" is a sentence of its own).
     */
    public Optional<Match> openingRefusal() {
        int last = 0;
        while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == 0) {
            last++;
        }
        if (tokens.isEmpty() || last > 1 || tokens.get(0).word().equals("way")) {
            return Optional.empty();
        }
        for (int i = 0; i <= last; i++) {
            if (!Lexicon.REFUSALS.contains(tokens.get(i).word())) {
                return Optional.empty();
            }
        }
        Span span = new Span(0, last);
        return Optional.of(new Match(span, quote(span), context(span), Stance.ASSERTED, false));
    }

    public boolean negated(Span span) {
        return Negation.negates(tokens, span.first(), span.last(), rhetoricalNots);
    }

    /**
     * Whether the span stands in a clause that turns away from what came before ("…, but really you need a faster
     * CPU", "actually, …"): what follows the turn is the writer's final word, not an aside.
     */
    public boolean afterTurn(Span span) {
        return clauseOpensWith(span, Lexicon.CONTRAST);
    }

    /**
     * Whether the span stands in a clause the writer marks as said in passing: one with an additive word, there or
     * earlier in its sentence ("the model is probably also too big", "adapters will sort that out anyway", "while
     * you're at it, …"), or one that gives a reason ("VRAM, because X"), where a wrong idea is a side claim or a
     * wrong reason rather than the writer's decision.
     */
    public boolean markedAside(Span span) {
        if (givenAsReason(span)) {
            return true;
        }
        int first = clauseStart(span.first());
        int sentenceStart = first;
        while (sentenceStart > 0 && sameSentence(sentenceStart - 1, first)) {
            sentenceStart--;
        }
        for (int i = sentenceStart; i <= clauseEnd(span.last()); i++) {
            if (Lexicon.ADDITIVES.contains(tokens.get(i).word()) || whileAtIt(i)) {
                return true;
            }
        }
        // "… can be swapped with a cheap adapter though, so …": a "though" that trails its clause qualifies it
        int after = clauseEnd(span.last()) + 1;
        return after < tokens.size() && sameSentence(after, span.last()) && tokens.get(after).word().equals("though")
                && clauseEnd(after) == after;
    }

    /**
     * Whether the span stands in a clause that gives the reason for what its sentence says ("Throttling, because the
     * memory fills up", "…, caused by the VRAM filling up", "…, due to …").
     */
    public boolean givenAsReason(Span span) {
        return Lexicon.REASONS.contains(tokens.get(clauseStart(span.first())).word());
    }

    /** Whether word i closes "while you're at it" ("while we are at it"). */
    private boolean whileAtIt(int i) {
        if (i < 3 || !tokens.get(i).word().equals("it") || !tokens.get(i - 1).word().equals("at")) {
            return false;
        }
        for (int w = Math.max(0, i - 4); w <= i - 3; w++) {
            if (tokens.get(w).word().equals("while")) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseOpensWith(Span span, java.util.Set<String> words) {
        int first = clauseStart(span.first());
        for (int i = first; i <= span.first() && i < first + 2; i++) {
            if (words.contains(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the writer hedges every sentence, and hedges often ("It's possibly fine, I suppose, though it could
     * depend; maybe watch memory"): the answer entertains its points without committing to any of them. "Not sure"
     * and "not certain" count as hedges.
     */
    public boolean hedgedThroughout() {
        java.util.BitSet hedgedSentences = new java.util.BitSet();
        int hedges = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            boolean unsure = Lexicon.UNSURE.contains(word) && i > 0 && tokens.get(i - 1).word().equals("not");
            if (Lexicon.HEDGES.contains(word) || unsure) {
                hedges++;
                hedgedSentences.set(tokens.get(i).sentence());
            }
        }
        // a short answer of several sentences commits to nothing with one hedge fewer ("Perhaps heat? Maybe check the
        // temps, not sure.")
        int needed = sentenceCount() > 1 ? Lexicon.HEDGED_THROUGHOUT - 1 : Lexicon.HEDGED_THROUGHOUT;
        return hedges >= needed && hedgedSentences.cardinality() == sentenceCount();
    }

    /** The writer's own words for a span, exactly as typed. */
    public String quote(Span span) {
        return original.substring(tokens.get(span.first()).start(), tokens.get(span.last()).end());
    }

    /**
     * The writer's clause around a span, as typed: the clause itself, grown by its neighbours within the sentence
     * while it is too short to read on its own ("Watch RAM, disk" → "Watch RAM, disk and environment stability").
     */
    public String context(Span span) {
        int first = clauseStart(span.first());
        int last = clauseEnd(span.last());
        while (original.substring(tokens.get(first).start(), tokens.get(last).end()).length() < SHORT_CONTEXT) {
            if (last + 1 < tokens.size() && sameSentence(last, last + 1)) {
                last = clauseEnd(last + 1);
            } else if (first > 0 && sameSentence(first - 1, first)) {
                first = clauseStart(first - 1);
            } else {
                break;
            }
        }
        return original.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** How many sentences the text has (bullets and line breaks end a sentence too). */
    public int sentenceCount() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    }

    /** How many words each sentence has, in order. */
    public int[] sentenceLengths() {
        int[] lengths = new int[sentenceCount()];
        for (Token token : tokens) {
            lengths[token.sentence()]++;
        }
        return lengths;
    }

    /**
     * Whether sentence {@code s} is the label of a "label: value" item ("why: rare jobs", "fix: more RAM"): a
     * sentence of at most {@value #LABEL_WORDS} words ended by a colon and followed by its value.
     * Structured answers say their reasoning with such labels instead of connectives.
     */
    public boolean isLabel(int s) {
        if (labels == null) {
            labels = findLabels();
        }
        return labels.get(s);
    }

    /** A label longer than this is a sentence of its own. */
    private static final int LABEL_WORDS = 3;
    /** Which sentences are labels, found on first use. */
    private java.util.BitSet labels;

    private java.util.BitSet findLabels() {
        java.util.BitSet found = new java.util.BitSet();
        int[] lengths = sentenceLengths();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int s = tokens.get(i).sentence();
            if (tokens.get(i + 1).sentence() != s && lengths[s] <= LABEL_WORDS
                    && original.substring(tokens.get(i).end(), tokens.get(i + 1).start()).strip().equals(":")) {
                found.set(s);
            }
        }
        return found;
    }

    private int clauseStart(int i) {
        int f = i;
        while (f > 0 && tokens.get(f - 1).clause() == tokens.get(i).clause()) {
            f--;
        }
        return f;
    }

    private int clauseEnd(int i) {
        int e = i;
        while (e + 1 < tokens.size() && tokens.get(e + 1).clause() == tokens.get(i).clause()) {
            e++;
        }
        return e;
    }

    private boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }
}
