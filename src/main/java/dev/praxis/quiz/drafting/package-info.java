/**
 * Drafts a rubric for every quiz question that has a model answer, from the module's own words (its answers, the
 * ideas they turn down, the module's "Common Mistakes" table), so every quiz is graded even where no grading file has
 * the question. Pure: the same module always gives the same draft.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.praxis.quiz.drafting.RubricDrafter} makes a {@link dev.praxis.quiz.drafting.ModuleDraft}:
 *       grading-file text an instructor can edit and save, the rubric it loads to, and how far each question's draft
 *       can be trusted.</li>
 *   <li>{@link dev.praxis.quiz.drafting.ModuleGrading}: per question the hand-written grading file when it has the
 *       question, otherwise the draft; {@link dev.praxis.quiz.drafting.DraftGrader} grades against a draft with
 *       {@code RubricGrader}.</li>
 * </ul>
 *
 * <h2>Depends on</h2>
 * {@code quiz.grading}, {@code text} and {@code content}'s published records. No Spring, no database, no clock
 * ({@code ArchitectureTests}).
 */
package dev.praxis.quiz.drafting;
