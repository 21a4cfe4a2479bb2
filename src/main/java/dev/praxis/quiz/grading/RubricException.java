package dev.praxis.quiz.grading;

/** A grading file that cannot be loaded; the message reads {@code file:line: what was wrong}. */
public class RubricException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient RubricProblem problem;

    public RubricException(RubricProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public RubricProblem problem() {
        return problem;
    }
}
