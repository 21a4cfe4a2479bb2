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
 * The registration's password is not built from the email or display name typed beside it; reported on the
 * password field, and only when the password passes {@link StrongPassword} (one message per field).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordApartFromAccount.Check.class)
@interface PasswordApartFromAccount {

    String message() default "Do not build the password from your email, your name or the site's name.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PasswordApartFromAccount, RegistrationForm> {

        @Override
        public boolean isValid(RegistrationForm form, ConstraintValidatorContext context) {
            if (PasswordPolicy.problem(form.password()).isPresent()) {
                return true;
            }
            Optional<String> problem = PasswordPolicy.accountProblem(form.password(), form.email(), form.displayName());
            problem.ifPresent(message -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(FormProblems.literal(message)).addPropertyNode("password")
                        .addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}
