package dev.praxis.quiz.grading;

import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Stemmer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Recognises answers that collect rubric words without reasoning: naming more of the competing options than a
 * question allows (every constraint at once is no diagnosis), or a bare list of terms with almost none of the
 * small words and verbs that carry an argument.
 */
final class StuffingDetector {

    static final String ID = "keyword-stuffing";

    /** Words that carry an argument: connectives, auxiliaries and modals, articles and the verbs of advice. */
    private static final Set<String> REASONING_WORDS = Stemmer.stems("because", "since", "so", "therefore", "thus",
            "hence", "if", "then", "when", "while", "unless", "until", "before", "after", "first", "which", "that",
            "means", "mean", "due", "instead", "rather", "but", "however", "is", "are", "was", "were", "be", "been",
            "it", "this", "the", "a", "an", "to", "of", "for", "on", "in", "with", "by", "from", "should", "would",
            "could", "will", "can", "may", "might", "must", "need", "do", "does", "not", "no", "try", "check",
            "measure", "monitor", "watch", "add", "move", "keep", "use", "reduce", "lower", "free", "collect",
            "buy", "wait", "stay", "start", "learn", "run", "get", "make", "look", "see", "see", "only", "than",
            "more", "less", "your", "you", "they", "their", "we", "i", "my", "our", "there", "what", "why", "how",
            // the same small words in Ukrainian, the content's other language
            "бо", "тому", "що", "якщо", "коли", "щоб", "але", "а", "і", "й", "та", "або", "чи", "це", "є", "на", "в",
            "у", "з", "із", "для", "до", "від", "при", "за", "не", "ні", "лише", "тільки", "треба", "потрібно",
            "варто", "слід", "можна", "спершу", "спочатку", "перед", "після", "потім", "я", "ми", "б", "би", "як",
            "так", "тут", "цей", "ця", "ще");

    private static final int MIN_HITS = 3;
    private static final int SHORT_ITEM_WORDS = 3;

    private StuffingDetector() {
    }

    /**
     * @param held the matches that earned the answer its concepts
     */
    static Optional<GradeResult.Flag> detect(AnalysedText answer, QuestionRubric rubric, Collection<Match> held) {
        List<Match> options = rubric.options().stream()
                .flatMap(option -> option.wording().first(answer, m -> named(answer, m)).stream())
                .toList();
        long optionsNamed = options.size();
        if (rubric.maxOptions() > 0 && optionsNamed > rubric.maxOptions()) {
            return Optional.of(new GradeResult.Flag(ID, "The answer names " + optionsNamed
                    + " different constraints at once. A diagnosis picks the one that matters first and says why the "
                    + "others can wait."));
        }
        int hits = distinctPlaces(held, options);
        if (hits < MIN_HITS || notes(answer)) {
            return Optional.empty();
        }
        // the label of a "label: value" item ("fix:", "why:", "validate:") does the work of a connective
        long reasoning = answer.tokens().stream()
                .filter(t -> REASONING_WORDS.contains(t.stem()) || answer.isLabel(t.sentence())).count();
        double perHit = (double) reasoning / hits;
        if (perHit < 0.5) {
            return Optional.of(new GradeResult.Flag(ID, "The answer lists terms without reasoning. Explain which "
                    + "constraint you would act on first, what evidence points to it, and what you would do."));
        }
        return Optional.empty();
    }

    /**
     * Whether the writer names the constraint as a candidate of their own: asserted (not only supposed, as in "whether
     * it runs on the GPU or the CPU", nor conceded) and not ruled out in its clause.
     */
    private static boolean named(AnalysedText answer, Match match) {
        return match.asserted() && !cleared(answer, match);
    }

    /** What a constraint is said to be when the writer rules it out ("the main processor is idle"). */
    private static final Set<String> CLEARED = Set.of("idle", "fine", "ok", "okay", "quiet", "plenty", "spare",
            "unused", "healthy", "acceptable", "chill", "bored", "underused", "underutilised", "underutilized");
    private static final Set<String> DENIALS = Set.of("not", "no", "never", "nothing", "none");

    /**
     * Whether the option is named only to be ruled out, in a clause that says it is idle, fine or has plenty to
     * spare ("the main processor is idle and the drive has plenty of space"): clearing the other constraints is how
     * a diagnosis is argued, not a list of them. A denial in the clause ("the disk is not fine") keeps it named.
     */
    private static boolean cleared(AnalysedText answer, Match match) {
        List<dev.praxis.text.Token> tokens = answer.tokens();
        int clause = tokens.get(match.span().last()).clause();
        boolean cleared = false;
        for (int i = match.span().last() + 1; i < tokens.size() && tokens.get(i).clause() == clause; i++) {
            String word = tokens.get(i).word();
            if (DENIALS.contains(word)) {
                return false;
            }
            cleared |= CLEARED.contains(word);
        }
        return cleared;
    }

    /** How many separate places of the answer the rubric's words were found at (overlapping matches count once). */
    private static int distinctPlaces(Collection<Match> held, List<Match> options) {
        BitSet covered = new BitSet();
        int places = 0;
        for (Match match : Stream.concat(held.stream(), options.stream())
                .sorted(Comparator.comparingInt(m -> m.span().first())).toList()) {
            if (covered.get(match.span().first(), match.span().last() + 1).isEmpty()) {
                places++;
            }
            covered.set(match.span().first(), match.span().last() + 1);
        }
        return places;
    }

    /**
     * Short notes, one idea per sentence ("storage. nvme. free space."): not a pile of terms but fragments, which
     * {@link Fragments} holds below correct.
     */
    private static boolean notes(AnalysedText answer) {
        int[] lengths = answer.sentenceLengths();
        return lengths.length >= 2 && Arrays.stream(lengths).allMatch(words -> words <= SHORT_ITEM_WORDS);
    }
}
