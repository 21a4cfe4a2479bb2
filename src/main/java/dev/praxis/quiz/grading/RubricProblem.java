package dev.praxis.quiz.grading;

import java.nio.file.Path;

/** Something wrong in a grading file, at a line (1-based; 0 when the file could not be read at all). */
public record RubricProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
