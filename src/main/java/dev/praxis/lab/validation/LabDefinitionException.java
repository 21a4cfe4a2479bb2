package dev.praxis.lab.validation;

import dev.praxis.content.Problem;

/** A lab file that cannot be used, with the file and line of the cause. */
public class LabDefinitionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public LabDefinitionException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
