package dev.praxis.content;

/** A multiple-choice option: its letter ("A") and text. */
public record QuizOption(String letter, String text) {
}
