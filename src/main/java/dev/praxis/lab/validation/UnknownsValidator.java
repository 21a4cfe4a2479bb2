package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step 3, item 4: the learner wrote down, in their own words, every kind of fact the inventory could not
 * determine (CPU details, memory, storage, GPU, battery, operating system). Sensor readings are left out: the
 * module's command blocks never collect them, so their absence is no gap the learner could have filled.
 */
final class UnknownsValidator implements ItemValidator {

    private record Kind(String label, Pattern words) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("cpu", new Kind("CPU details", Pattern.compile("cpu|processor|clock|frequency|ghz|\\bcores?\\b")));
        KINDS.put("memory", new Kind("memory", Pattern.compile("\\bram\\b|memory|swap")));
        KINDS.put("disks", new Kind("disk details", Pattern.compile("disk|drive|storage|ssd|nvme|hdd")));
        KINDS.put("filesystems", new Kind("file systems", Pattern.compile("disk|drive|storage|space|df\\b|file ?system")));
        KINDS.put("gpus", new Kind("GPU", Pattern.compile("gpu|vram|graphics|video|driver")));
        KINDS.put("battery", new Kind("battery", Pattern.compile("battery|laptop|power")));
        KINDS.put("os", new Kind("operating system", Pattern.compile("\\bos\\b|operating system|kernel|version")));
    }

    @Override
    public String name() {
        return "unknowns-written";
    }

    @Override
    public String source() {
        return "Hands-On Step 3 'I wrote down any unknowns instead of guessing'; inventory unknowns (schema v1)";
    }

    @Override
    public Check check(LabFacts facts) {
        String written = facts.work().unknowns();
        if (facts.inventory().isEmpty()) {
            return Check.notDone("3", "no inventory uploaded to compare your unknowns with");
        }
        Set<Kind> lacking = new LinkedHashSet<>();
        for (Inventory.Unknown unknown : facts.inventory().get().unknowns()) {
            Kind kind = KINDS.get(unknown.field().split("[.\\[]", 2)[0]);
            if (kind != null) {
                lacking.add(kind);
            }
        }
        if (lacking.isEmpty()) {
            return Check.pass("Your inventory determined every fact it looks for, so there is nothing it lacks"
                    + (LabText.blank(written) ? "." : " and your notes " + LabText.quote(written) + " are extra."));
        }
        List<String> lackingLabels = lacking.stream().map(Kind::label).toList();
        if (LabText.blank(written)) {
            return Check.notDone("3", "the inventory could not determine " + String.join(", ", lackingLabels)
                    + ", and you have written no unknowns");
        }
        List<String> unmentioned = lacking.stream().filter(kind -> LabText.mentioned(written, kind.words()).isEmpty())
                .map(Kind::label).toList();
        if (!unmentioned.isEmpty()) {
            return Check.attention("Your inventory could not determine " + String.join(", ", lackingLabels)
                    + ", but your unknowns do not mention " + String.join(" or ", unmentioned) + ".");
        }
        return Check.pass("You wrote down what the inventory could not determine (" + String.join(", ", lackingLabels)
                + "): " + LabText.quote(written) + ".");
    }
}
