/**
 * A module's quiz: drafts saved as the learner writes ({@code /quiz/<slug>}), submitted attempts graded with
 * feedback ({@code /quiz/attempts/{id}}), the learner's self-assessment where no rubric grades a question,
 * instructors' overrides with a comment and their review queue of provisional drafted verdicts
 * ({@code /instructor/reviews}). Also the {@code grade} command, {@code check-content}'s check of grading files and
 * its {@code gradable}/{@code drafted} counts (listed in {@code META-INF/services}).
 *
 * <h2>Pure core and Spring shell</h2>
 * Grading is pure: {@link dev.praxis.quiz.grading} (authored rubrics) and {@link dev.praxis.quiz.drafting} (rubrics
 * drafted from model answers), combined per question by {@code ModuleGrading}, shared unchanged by
 * {@link dev.praxis.quiz.GradeTool}. {@link dev.praxis.quiz.QuizService} stores an attempt and every graded answer in
 * one transaction. {@code QuizRubrics} keeps each module's grading file, loaded with each catalog imported (a
 * {@code content.CatalogListener}) and read again on the next use after any instance's rubric editor
 * ({@code RubricEditing}) saved it (announced on {@code system.changes.ChangeFeed.RUBRICS}), and its drafted
 * rubric (kept while the module's quiz and prose hash the same).
 *
 * <h2>Owns</h2>
 * Tables {@code quiz_draft}, {@code quiz_attempt}, {@code quiz_answer} (feedback as JSON) and {@code quiz_override};
 * templates {@code quiz/}. Publishes the read models {@code quiz_result_view} (attempts' scores) and
 * {@code quiz_answer_view} (each answer with the verdict that counts after overrides), migration {@code V27_3}; reads
 * instructors' and learners' names from {@code account_name_view}.
 *
 * <h2>Used by other features</h2>
 * {@link dev.praxis.quiz.QuizService} and {@link dev.praxis.quiz.OverrideNotice} (the home page's unread overrides).
 *
 * <h2>Depends on</h2>
 * {@code quiz.grading}, {@code quiz.drafting}, {@code content} (modules, questions), {@code progress} (the next step
 * after a result), {@code account} and {@code system} (with {@code system.changes} for rubric saves).
 */
package dev.praxis.quiz;
