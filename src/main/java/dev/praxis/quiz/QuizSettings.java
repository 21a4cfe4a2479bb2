package dev.praxis.quiz;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param passShare       share of correct answers that passes a quiz when its grading file names none
 *                        (partial answers count half)
 * @param maxAnswerLength longest answer accepted, in characters
 */
@ConfigurationProperties("praxis.quiz")
record QuizSettings(@DefaultValue("0.75") double passShare, @DefaultValue("20000") int maxAnswerLength) {
}
