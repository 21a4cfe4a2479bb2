package dev.praxis.account;

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
 * A name people see next to each other's: present, at most {@value #MAX_LENGTH} characters, no controls or line
 * breaks, no invisible characters that make two names look alike (joiners stay: emoji sequences and Persian need
 * them).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DisplayName.Check.class)
@interface DisplayName {

    int MAX_LENGTH = 80;

    String message() default "Enter the name other people in your cohort will see.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DisplayName, String> {

        @Override
        public boolean isValid(String displayName, ConstraintValidatorContext context) {
            return FormProblems.accept(problem(displayName == null ? "" : displayName.strip()), context);
        }

        private static Optional<String> problem(String displayName) {
            if (displayName.isEmpty()) {
                return Optional.of("Enter the name other people in your cohort will see.");
            }
            if (displayName.codePointCount(0, displayName.length()) > MAX_LENGTH) {
                return Optional.of("Keep the display name to " + MAX_LENGTH + " characters or fewer.");
            }
            if (displayName.codePoints().anyMatch(c -> c != 0x200C && c != 0x200D && c != ' '
                    && EmailAddress.isInvisible(c))) {
                return Optional.of("The display name contains control or invisible characters; type it again.");
            }
            return Optional.empty();
        }
    }
}
