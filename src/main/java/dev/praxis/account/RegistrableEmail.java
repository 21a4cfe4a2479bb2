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

/** An email someone can register with (see {@link EmailAddress#forRegistration}); the message says what is wrong. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegistrableEmail.Check.class)
@interface RegistrableEmail {

    String message() default "Enter an email address like name@example.org.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<RegistrableEmail, String> {

        @Override
        public boolean isValid(String email, ConstraintValidatorContext context) {
            try {
                EmailAddress.forRegistration(email);
                return true;
            } catch (EmailAddress.InvalidEmailException e) {
                return FormProblems.accept(Optional.of(e.getMessage()), context);
            }
        }
    }
}
