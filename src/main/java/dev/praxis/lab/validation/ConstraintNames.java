package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's constraints (§2 "The Five Constraints That Actually Matter" and its constraint table, CPU included)
 * in the words learners use for them.
 */
final class ConstraintNames {

    private static final Map<Constraint, Pattern> WORDS = new EnumMap<>(Map.of(
            Constraint.VRAM, Pattern.compile("\\bvram\\b|(?:gpu|video|graphics) memory|\\bgpu\\b(?! tooling)"),
            Constraint.RAM, Pattern.compile("\\b(?:system )?ram\\b|(?<!gpu |video |graphics )\\bmemory\\b|\\bswap\\w*"),
            Constraint.STORAGE, Pattern.compile("storage|\\bdisks?\\b|\\bdrives?\\b|\\bssd\\b|\\bnvme\\b|free space"
                    + "|\\bdisk space\\b"),
            Constraint.THERMALS, Pattern.compile("thermal\\w*|throttl\\w*|\\bheat\\b|cooling|temperature\\w*|\\bfans?\\b"
                    + "|airflow|\\bnoise\\b"),
            Constraint.POWER_EXPANSION, Pattern.compile("\\bpower\\b|\\bpsu\\b|pcie|expansion|connectors?|\\bslots?\\b"
                    + "|clearance|case space"),
            Constraint.CPU, Pattern.compile("\\bcpu\\b|processor|\\bcores?\\b")));

    private static final Map<Constraint, String> LABELS = new EnumMap<>(Map.of(
            Constraint.VRAM, "VRAM",
            Constraint.RAM, "RAM",
            Constraint.STORAGE, "storage",
            Constraint.THERMALS, "thermals",
            Constraint.POWER_EXPANSION, "power and expansion",
            Constraint.CPU, "CPU"));

    private ConstraintNames() {
    }

    /** The constraint the text names first ("VRAM" wins over the "GPU" in "GPU memory"). */
    static Optional<Constraint> first(String text) {
        List<Constraint> all = all(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every constraint the text names, in order of first mention. */
    static List<Constraint> all(String text) {
        String folded = LabText.fold(text);
        return WORDS.entrySet().stream()
                .filter(entry -> position(entry.getValue(), folded) >= 0)
                .sorted(Comparator.comparingInt(entry -> position(entry.getValue(), folded)))
                .map(Map.Entry::getKey)
                .toList();
    }

    static boolean names(String text, Constraint constraint) {
        return position(WORDS.get(constraint), LabText.fold(text)) >= 0;
    }

    static String label(Constraint constraint) {
        return LABELS.get(constraint);
    }

    private static int position(Pattern pattern, String folded) {
        Matcher m = pattern.matcher(folded);
        return m.find() ? m.start() : -1;
    }
}
