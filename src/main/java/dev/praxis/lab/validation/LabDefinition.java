package dev.praxis.lab.validation;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LabStep;
import dev.praxis.content.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's lab file ({@code <module>.lab.yaml}): which validator judges each checklist item, and example labs
 * with the verdicts they must get. Loaded by {@link LabDefinitions}.
 *
 * @param path     the file as problems name it (relative to the content root)
 * @param module   the slug of the module the file belongs to
 * @param itemsLine the line of {@code items:}, where missing bindings are reported
 */
public record LabDefinition(String path, String module, int itemsLine, List<ItemBinding> items,
                            List<Example> examples) {

    /** The step key of the success criteria. */
    public static final String SUCCESS = "success";

    public LabDefinition {
        items = List.copyOf(items);
        examples = List.copyOf(examples);
    }

    /**
     * One checklist item's binding.
     *
     * @param step      "1".."7" or {@code success}
     * @param item      1-based index within the step
     * @param text      the item's text as the file expects it (checked against the module, so reordering is caught)
     * @param validator the validator's name, empty when the item is self-attested
     * @param source    the module table or paragraph the rule comes from
     */
    public record ItemBinding(int line, String step, int item, String text, Optional<String> validator,
                              String source) {

        public boolean selfAttested() {
            return validator.isEmpty();
        }
    }

    /** An example lab and the verdicts it must get; {@code expected} is keyed by step, then 1-based item. */
    public record Example(int line, String name, LabWork work, Map<String, Map<Integer, Expected>> expected) {
    }

    /** An expected verdict and the line it is written on. */
    public record Expected(int line, Verdict verdict) {
    }

    public Optional<ItemBinding> binding(String step, int item) {
        return items.stream().filter(b -> b.step().equals(step) && b.item() == item).findFirst();
    }

    /** Whether the binding was written for this text (case, quotes and punctuation aside). */
    static boolean sameText(ItemBinding binding, ChecklistItem item) {
        return LabText.comparable(binding.text()).equals(LabText.comparable(item.text()));
    }

    /**
     * What does not line up with the module: a wrong module slug, checklist items without a binding, bindings whose
     * text differs from the item at that place (a reordered or reworded module), and bindings to no item.
     */
    public List<Problem> mismatches(CourseModule module) {
        List<Problem> problems = new ArrayList<>();
        if (!module.slug().equals(this.module)) {
            problems.add(new Problem(path, 1, "module: '" + this.module + "' but the file sits next to '"
                    + module.slug() + "'"));
        }
        List<String> known = new ArrayList<>();
        for (LabStep step : module.lab().steps()) {
            compare(step.number(), step.checklist(), known, problems);
        }
        compare(SUCCESS, module.lab().successCriteria(), known, problems);
        for (ItemBinding binding : items) {
            if (!known.contains(binding.step() + "/" + binding.item())) {
                problems.add(new Problem(path, binding.line(), "step " + binding.step() + " item " + binding.item()
                        + " is not a checklist item of the module"));
            }
        }
        return problems;
    }

    private void compare(String step, List<ChecklistItem> checklist, List<String> known, List<Problem> problems) {
        for (int i = 0; i < checklist.size(); i++) {
            ChecklistItem item = checklist.get(i);
            known.add(step + "/" + (i + 1));
            Optional<ItemBinding> binding = binding(step, i + 1);
            if (binding.isEmpty()) {
                problems.add(new Problem(path, itemsLine, "no validator for step " + step + " item " + (i + 1) + " \""
                        + item.text() + "\""));
            } else if (!sameText(binding.get(), item)) {
                problems.add(new Problem(path, binding.get().line(), "step " + step + " item " + (i + 1) + " is \""
                        + item.text() + "\" in the module, not \"" + binding.get().text() + "\""));
            }
        }
    }
}
