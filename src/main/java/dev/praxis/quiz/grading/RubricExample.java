package dev.praxis.quiz.grading;

/** An authored example answer with the verdict its author expects, and the grading-file line it sits on. */
public record RubricExample(String answer, Verdict expect, int line) {
}
