package dev.praxis.quiz.grading;

import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Stemmer;
import dev.praxis.text.Tokenizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
            "more", "less", "your", "you", "they", "their", "we", "i", "my", "our", "there", "what", "why", "how");

    private static final int MIN_HITS = 3;
    private static final int MIN_LIST_ITEMS = 4;
    private static final int SHORT_ITEM_WORDS = 3;

    private StuffingDetector() {
    }

    static Optional<GradeResult.Flag> detect(AnalysedText answer, QuestionRubric rubric, int conceptHits) {
        long optionsNamed = rubric.options().stream()
                .filter(option -> option.wording().first(answer, Match::held).isPresent())
                .count();
        if (rubric.maxOptions() > 0 && optionsNamed > rubric.maxOptions()) {
            return Optional.of(new GradeResult.Flag(ID, "The answer names " + optionsNamed
                    + " different constraints at once. A diagnosis picks the one that matters first and says why the "
                    + "others can wait."));
        }
        int hits = conceptHits + (int) optionsNamed;
        if (hits < MIN_HITS) {
            return Optional.empty();
        }
        long reasoning = answer.tokens().stream().filter(t -> REASONING_WORDS.contains(t.stem())).count();
        double perHit = (double) reasoning / hits;
        if (perHit < 0.5 || (isBareList(answer) && perHit < 1.5)) {
            return Optional.of(new GradeResult.Flag(ID, "The answer lists terms without reasoning. Explain which "
                    + "constraint you would act on first, what evidence points to it, and what you would do."));
        }
        return Optional.empty();
    }

    /** Mostly short items separated by commas, semicolons, slashes, bullets or line breaks. */
    private static boolean isBareList(AnalysedText answer) {
        List<String> items = List.of(answer.original().split("[,;/|\\n\\u2022]+|\\s-\\s|\\band\\b|\\bor\\b"));
        int nonEmpty = 0;
        int shortItems = 0;
        for (String item : items) {
            int words = Tokenizer.tokenize(item).size();
            if (words == 0) {
                continue;
            }
            nonEmpty++;
            if (words <= SHORT_ITEM_WORDS) {
                shortItems++;
            }
        }
        return nonEmpty >= MIN_LIST_ITEMS && shortItems * 4 >= nonEmpty * 3;
    }
}
