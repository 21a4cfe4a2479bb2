package dev.praxis.quiz.grading;

import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Stemmer;
import dev.praxis.text.Token;
import dev.praxis.text.Tokenizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The question's own words in an answer. Quiz questions state the facts of a scenario ("the GPU has unused capacity
 * and the machine begins swapping"), and those facts use the rubric's words; an answer that only repeats them has
 * decided nothing. A sentence echoes the question when most of its content words are the question's and the rubric's
 * words it holds are all the question's too. An answer all of whose ideas sit in such sentences is a restatement: it
 * earns nothing, and the flag says why. An answer that also says something of its own keeps its echoes, which then
 * serve as the reasons for its decision ("The disk is nearly full, so move the checkpoints off it").
 */
final class QuestionEcho {

    static final String ID = "restates-question";
    /** A sentence with at least this share of its content words taken from the question echoes it. */
    static final double ECHO_SHARE = 0.7;
    /** Shorter sentences ("Check the case clearance for a GPU.") name a step or a diagnosis, even in the question's words. */
    static final int MIN_CONTENT_WORDS = 5;

    static final GradeResult.Flag FLAG = new GradeResult.Flag(ID, "Your answer repeats the facts the question gives. "
            + "Say what you would decide or check, and why those facts point there.");

    /** Words that carry no content of their own: an echo is judged on the rest. */
    private static final Set<String> FUNCTION_WORDS = Stemmer.stems("a", "an", "the", "and", "or", "but", "of", "to",
            "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its",
            "this", "that", "these", "those", "there", "their", "they", "we", "you", "i", "my", "our", "your", "he",
            "she", "his", "her", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
            "also", "while", "when", "then", "than", "so", "very", "too", "just", "all", "some", "any", "which", "what",
            "who", "how", "not", "no", "і", "й", "та", "а", "в", "у", "на", "з", "із", "до", "що", "це", "як");

    /** Roles that make a sentence a diagnosis of the facts it repeats ("The disk is nearly full, that's the problem."). */
    private static final Set<String> DIAGNOSES = Stemmer.stems("problem", "issue", "bottleneck", "culprit", "cause");

    /**
     * Verbs that send the reader to look at something ("Before blaming the GPU, check the disk."): a sentence that holds
     * one the question does not use names the learner's own next step, even when its nouns are all the question's.
     */
    private static final Set<String> STEPS = Stemmer.stems("check", "inspect", "investigate", "examine", "measure",
            "monitor", "verify", "test", "перевір", "перевірте", "перевірити");

    private final Set<String> questionStems;

    private QuestionEcho(Set<String> questionStems) {
        this.questionStems = questionStems;
    }

    /** The echo of a question's text; an empty text echoes nothing. */
    static QuestionEcho of(String question) {
        Set<String> stems = new HashSet<>();
        if (question != null) {
            for (Token token : Tokenizer.tokenize(question)) {
                if (!FUNCTION_WORDS.contains(token.stem())) {
                    stems.add(token.stem());
                }
            }
        }
        return new QuestionEcho(stems);
    }

    /** Whether the answer holds ideas and every one of them sits in a sentence that only repeats the question. */
    boolean onlyRestates(AnalysedText text, Collection<Match> held) {
        return !questionStems.isEmpty() && !held.isEmpty() && held.stream().allMatch(match -> echoes(text, match));
    }

    private boolean echoes(AnalysedText text, Match match) {
        List<Token> tokens = text.tokens();
        for (int i = match.span().first(); i <= match.span().last(); i++) {
            String stem = tokens.get(i).stem();
            if (!FUNCTION_WORDS.contains(stem) && !questionStems.contains(stem)) {
                return false;
            }
        }
        int sentence = tokens.get(match.span().first()).sentence();
        int content = 0;
        int echoed = 0;
        for (Token token : tokens) {
            if (token.sentence() == sentence && (DIAGNOSES.contains(token.stem()) || STEPS.contains(token.stem()))
                    && !questionStems.contains(token.stem())) {
                return false;
            }
            if (token.sentence() == sentence && !FUNCTION_WORDS.contains(token.stem())) {
                content++;
                echoed += questionStems.contains(token.stem()) ? 1 : 0;
            }
        }
        return content >= MIN_CONTENT_WORDS && echoed >= ECHO_SHARE * content;
    }
}
