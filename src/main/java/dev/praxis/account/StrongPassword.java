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

/**
 * A new password {@link PasswordPolicy} accepts, as far as the password alone tells: length, not only spaces, no
 * runs, not a common one. Whether it is built from the account's own email or name is checked where the account is
 * known ({@link PasswordApartFromAccount} on registration, the service on change and reset).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StrongPassword.Check.class)
@interface StrongPassword {

    String message() default "Choose another password.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StrongPassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return FormProblems.accept(PasswordPolicy.problem(password), context);
        }
    }
}
