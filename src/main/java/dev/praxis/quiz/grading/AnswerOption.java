package dev.praxis.quiz.grading;

import dev.praxis.text.Wording;

/**
 * One of the competing answers a question offers (for this module: the constraints VRAM, RAM, storage, thermals,
 * power …). Naming more of them than a question allows is keyword stuffing, not reasoning.
 */
public record AnswerOption(String id, Wording wording) {
}
