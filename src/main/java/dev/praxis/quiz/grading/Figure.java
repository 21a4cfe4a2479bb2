package dev.praxis.quiz.grading;

import dev.praxis.text.Wording;
import java.util.regex.Pattern;

/**
 * A figure an idea of the rubric carries (a concept's {@code figures:} in the grading file): where an answer gives a
 * number in {@code unit} next to one of the {@code near} phrases, the number must lie within {@code low}..{@code high},
 * or, when {@code perBillionParameters} is set, within that range times the model size in billions of parameters the
 * same sentence names ("7B", "13 billion"). An answer whose figure lies wholly outside is held below correct and
 * told {@code says}. {@code unit} is a regular expression for the unit's spellings ("GB|gigabytes?").
 */
public record Figure(String says, Pattern unit, double low, double high, boolean perBillionParameters,
        Wording near) {
}
