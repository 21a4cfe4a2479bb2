package dev.praxis.lab;

import dev.praxis.lab.validation.LabWork;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** Reads the lab page's one form into a {@link LabWork}; blank fields stay null so a step reads as not done. */
final class LabForm {

    static final int MAX_FIELD = 5000;
    static final int MAX_ROWS = 20;

    private LabForm() {
    }

    static LabWork read(MultiValueMap<String, String> form) {
        return new LabWork(null, text(form, "workload"), text(form, "archetype"), text(form, "archetypeReason"),
                text(form, "mattersMost"), text(form, "unknowns"),
                summary(form), symptoms(form), plan(form), text(form, "recommendation"));
    }

    private static LabWork.Summary summary(MultiValueMap<String, String> form) {
        LabWork.Summary summary = new LabWork.Summary(text(form, "summary.workload"), text(form, "summary.archetype"),
                text(form, "summary.firstBottleneck"), text(form, "summary.evidence"),
                text(form, "summary.secondBottleneck"), text(form, "summary.decision"), text(form, "summary.nextAction"));
        boolean empty = summary.workload() == null && summary.archetype() == null && summary.firstBottleneck() == null
                && summary.evidence() == null && summary.secondBottleneck() == null && summary.decision() == null
                && summary.nextAction() == null;
        return empty ? null : summary;
    }

    private static List<LabWork.SymptomRow> symptoms(MultiValueMap<String, String> form) {
        List<String> symptoms = form.getOrDefault("symptom", List.of());
        List<String> constraints = form.getOrDefault("symptomConstraint", List.of());
        List<String> fixes = form.getOrDefault("symptomFix", List.of());
        List<LabWork.SymptomRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_ROWS, symptoms.size()); i++) {
            String symptom = clean(symptoms.get(i));
            String constraint = i < constraints.size() ? clean(constraints.get(i)) : null;
            String fix = i < fixes.size() ? clean(fixes.get(i)) : null;
            if (symptom != null || constraint != null || fix != null) {
                rows.add(new LabWork.SymptomRow(symptom, constraint, fix));
            }
        }
        return rows.isEmpty() ? null : rows;
    }

    private static LabWork.Plan plan(MultiValueMap<String, String> form) {
        LabWork.Plan plan = new LabWork.Plan(text(form, "plan.now"), text(form, "plan.oneMonth"),
                text(form, "plan.firstRepeatedBottleneck"));
        return plan.now() == null && plan.oneMonth() == null && plan.firstRepeatedBottleneck() == null ? null : plan;
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        return clean(form.getFirst(name));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Every field of the lab form as typed, without surrounding blanks, for validation before {@link #read}: the form
     * has repeated and dotted field names that no record binds, so the controller builds this and validates it.
     */
    record Fields(Map<String, List<@Size(max = MAX_FIELD, message = "A lab answer is longer than " + MAX_FIELD
            + " characters. Keep each answer to a few clear sentences.") String>> values) {

        static Fields of(MultiValueMap<String, String> form) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            form.forEach((name, typed) -> values.put(name, typed.stream()
                    .map(value -> value == null ? "" : value.strip()).toList()));
            return new Fields(values);
        }
    }
}
