package dev.praxis.quiz;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param passShare       share of correct answers that passes a quiz when its grading file names none
 *                        (partial answers count half)
 * @param maxAnswerLength longest answer accepted, in characters
 */
@ConfigurationProperties("praxis.quiz")
@Validated
record QuizSettings(@DefaultValue("0.75") @DecimalMin("0") @DecimalMax("1") double passShare,
                    @DefaultValue("20000") @Positive int maxAnswerLength) {
}
