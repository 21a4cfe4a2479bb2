package dev.praxis.lab.validation;

import dev.praxis.content.CourseModule;
import dev.praxis.content.Problem;
import dev.praxis.lab.validation.LabDefinition.Example;
import dev.praxis.lab.validation.LabDefinition.Expected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authoring check of a lab file: its bindings against the module, then every example lab validated and each
 * verdict that differs from the expected one reported at the line of the expectation.
 */
public final class LabExampleCheck {

    private LabExampleCheck() {
    }

    public static List<Problem> check(LabDefinition definition, CourseModule module) {
        List<Problem> problems = new ArrayList<>(definition.mismatches(module));
        for (Example example : definition.examples()) {
            problems.addAll(check(definition, module, example));
        }
        return problems;
    }

    private static List<Problem> check(LabDefinition definition, CourseModule module, Example example) {
        String path = definition.path();
        InventoryReading inventory = InventoryReading.read(example.work().inventory());
        if (inventory.problem().isPresent()) {
            return List.of(new Problem(path, example.line(), "example '" + example.name()
                    + "': the inventory is unreadable: " + inventory.problem().get()));
        }
        List<ChecklistVerdict> verdicts = LabValidator.validate(definition, module, example.work(), inventory);
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Expected>> step : example.expected().entrySet()) {
            for (Map.Entry<Integer, Expected> expected : step.getValue().entrySet()) {
                Optional<ChecklistVerdict> actual = verdicts.stream()
                        .filter(v -> v.step().equals(step.getKey()) && v.item() == expected.getKey()).findFirst();
                String where = "example '" + example.name() + "' step " + step.getKey() + " item " + expected.getKey();
                if (actual.isEmpty()) {
                    problems.add(new Problem(path, expected.getValue().line(), where
                            + " expects a verdict, but the module has no such checklist item"));
                } else if (actual.get().verdict() != expected.getValue().verdict()) {
                    problems.add(new Problem(path, expected.getValue().line(), where + " expects "
                            + expected.getValue().verdict().label() + " but is judged " + actual.get().verdict().label()
                            + ": " + actual.get().evidence()));
                }
            }
        }
        return problems;
    }
}
