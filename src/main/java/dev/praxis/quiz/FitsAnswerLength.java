package dev.praxis.quiz;

import dev.praxis.system.web.FormProblems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A quiz answer no longer than {@code praxis.quiz.max-answer-length} characters. The limit is a setting, so the
 * validator is a Spring bean that reads it (Spring's validator factory injects constraint validators).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FitsAnswerLength.Check.class)
@interface FitsAnswerLength {

    String message() default "An answer is too long.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<FitsAnswerLength, String> {

        private final int max;

        Check(QuizSettings settings) {
            this.max = settings.maxAnswerLength();
        }

        @Override
        public boolean isValid(String answer, ConstraintValidatorContext context) {
            return FormProblems.accept(answer == null || answer.length() <= max ? Optional.empty()
                    : Optional.of("An answer is longer than " + max
                    + " characters. Shorten it: a few clear sentences grade best."), context);
        }
    }
}
