package dev.praxis.system.web;

import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A refused form's messages as the pages show them: field name to one message, beside the field. Each field's
 * constraints are written so that at most one of them fails at a time; should two, the first reported is shown.
 */
public final class FormProblems {

    private FormProblems() {
    }

    public static Map<String, String> of(BindingResult result) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            problems.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        return problems;
    }

    /**
     * For a constraint validator whose check says in words what is wrong: reports that message (quoted literally)
     * instead of the constraint's default one. True when there is no problem.
     */
    public static boolean accept(Optional<String> problem, ConstraintValidatorContext context) {
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /**
     * A message for a constraint violation template, with the characters Bean Validation would interpolate
     * ({@code {}, }, $, \}) escaped: a message may quote what the person typed.
     */
    public static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
