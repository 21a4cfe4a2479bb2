package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.lab.claims.Remembered;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The module's constraints (§2 "The Five Constraints That Actually Matter" and its constraint table, CPU included)
 * in the words learners use for them.
 */
final class ConstraintNames {

    private static final Map<Constraint, Pattern> WORDS = new EnumMap<>(Map.of(
            Constraint.VRAM, Pattern.compile("\\bvram\\b|(?:gpu|video|graphics|card)(?:'s)? memory|\\bgpus?\\b(?! tooling)"
                    + "|graphics card|video card|\\begpu\\b"),
            Constraint.RAM, Pattern.compile("\\b(?:system )?ram\\b|(?<!gpu |video |graphics |card |card's |gpu's )"
                    + "\\bmemory\\b|\\bswap\\w*"),
            Constraint.STORAGE, Pattern.compile("storage|\\bdisks?\\b|\\bdrives?\\b|\\bssds?\\b|\\bnvme\\b|free space"
                    + "|\\bdisk space\\b|\\bhdds?\\b|\\bpartition\\b|\\bno space\\b|room for (?:models|datasets)"
                    // "the root volume", "SD card: 74% used", "the eMMC"
                    + "|\\bvolumes?\\b|\\b(?:micro ?)?sd ?cards?\\b|\\bemmc\\b"),
            Constraint.THERMALS, Pattern.compile("thermal\\w*|throttl\\w*|\\bheat\\b|cooling|temperature\\w*|\\bfans?\\b"
                    + "|airflow|\\bnoise\\b"),
            Constraint.POWER_EXPANSION, Pattern.compile("\\bpower\\b|\\bpsu\\b|pcie|expansion|connectors?|\\bslots?\\b"
                    + "|clearance|case space"),
            Constraint.CPU, Pattern.compile("\\bcpus?\\b|processor|\\bcores?\\b|\\bvcpus?\\b|\\bthreads?\\b")));

    private static final Map<Constraint, String> LABELS = new EnumMap<>(Map.of(
            Constraint.VRAM, "VRAM",
            Constraint.RAM, "RAM",
            Constraint.STORAGE, "storage",
            Constraint.THERMALS, "thermals",
            Constraint.POWER_EXPANSION, "power and expansion",
            Constraint.CPU, "CPU"));

    private ConstraintNames() {
    }

    /** The constraint the text holds first ("not the GPU — the disk" names storage), ignoring ruled-out mentions. */
    static Optional<Constraint> first(String text) {
        List<Constraint> all = all(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every constraint the text holds (mentions not ruled out), in order of first such mention. */
    static List<Constraint> all(String text) {
        return Remembered.reading("constraints", text, ConstraintNames::held);
    }

    private static List<Constraint> held(String text) {
        return WORDS.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), LabText.heldAt(text, entry.getValue())))
                .filter(entry -> !entry.getValue().isEmpty())
                .sorted(Comparator.comparingInt(entry -> entry.getValue().get(0)))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whether the text holds the constraint (a mention that is not ruled out). */
    static boolean names(String text, Constraint constraint) {
        return !LabText.heldAt(text, WORDS.get(constraint)).isEmpty();
    }

    /** Whether the text mentions the constraint at all, held or ruled out. */
    static boolean mentions(String text, Constraint constraint) {
        return WORDS.get(constraint).matcher(LabText.fold(text)).find();
    }

    static String label(Constraint constraint) {
        return LABELS.get(constraint);
    }

}
