package dev.praxis.quiz.grading;

import java.util.List;

/** A learner's answer, tokenised once and shared by every concept, misconception and stuffing check. */
record AnswerText(String original, List<Token> tokens) {

    static AnswerText of(String answer) {
        return new AnswerText(answer, Tokenizer.tokenize(answer));
    }

    /** The learner's own words for tokens first..last, exactly as typed. */
    String quote(int first, int last) {
        return original.substring(tokens.get(first).start(), tokens.get(last).end());
    }
}
