package dev.praxis.content;

/**
 * What a module contains, as {@code check-content} reports it.
 *
 * @param checklistItems task-list items anywhere in the module that are not quiz options
 */
public record ModuleCounts(int predictions, int quizQuestions, int quizAnswers, int labSteps, int checklistItems,
                           int mermaid) {
}
