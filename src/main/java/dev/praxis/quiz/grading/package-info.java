/**
 * Grades free-text quiz answers against a module's authored rubric: pure, the same rubric and answer always give the
 * same {@link dev.praxis.quiz.grading.GradeResult}, shared by the platform and the offline {@code grade} tool.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.praxis.quiz.grading.RubricLoader} reads a grading file ({@code <module>.grading.yaml}, found by
 *       {@link dev.praxis.quiz.grading.RubricFiles}) into a {@link dev.praxis.quiz.grading.ModuleRubric}; unknown
 *       keys are errors and every problem reads {@code file:line: what}
 *       ({@link dev.praxis.quiz.grading.RubricException}).</li>
 *   <li>{@link dev.praxis.quiz.grading.RubricGrader} grades one answer: concepts count where the learner holds them
 *       and misconceptions where they assert them (read with {@link dev.praxis.text}), keyword stuffing and bare
 *       fragments are held down.</li>
 *   <li>{@link dev.praxis.quiz.grading.PassRule}: whether a set of verdicts passes the quiz;
 *       {@link dev.praxis.quiz.grading.RubricExampleCheck}: the authoring check of a file's examples.</li>
 * </ul>
 *
 * <h2>Depends on</h2>
 * {@code text} and {@code system.yaml} only. No Spring, no database, no clock ({@code ArchitectureTests}).
 */
package dev.praxis.quiz.grading;
