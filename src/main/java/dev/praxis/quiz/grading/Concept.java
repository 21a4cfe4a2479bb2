package dev.praxis.quiz.grading;

/** Something a good answer must (required) or may (optional) contain, worth {@code weight} of the score. */
public record Concept(String id, String label, double weight, boolean required, Wording wording) {
}
