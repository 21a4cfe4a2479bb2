package dev.praxis.quiz.grading;

/** A wrong idea to flag with targeted feedback; an answer that shows it scores at most {@code cap}. */
public record Misconception(String id, String feedback, double cap, Wording wording) {
}
