package dev.praxis.inventory.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The likely first and second bottleneck of a machine for a workload, with the evidence behind each, and what
 * model sizes fit its GPU memory. See {@code docs/diagnosis.md}.
 *
 * @param first         null only when no workload was named and the machine shows no pressure
 * @param vramBudgetBytes the memory the fit table is computed against; null when unknown
 * @param notes         what the diagnosis could not look at, and why
 */
public record Diagnosis(List<WorkloadFamily> workloads, Bottleneck first, Bottleneck second, int contextTokens,
        Long vramBudgetBytes, String vramBudgetSource, List<VramFit> fitTable, List<String> notes) {

    public Diagnosis {
        workloads = List.copyOf(workloads);
        fitTable = List.copyOf(fitTable);
        notes = List.copyOf(notes);
    }

    /** A constraint, its score (workload weight plus machine evidence) and the evidence, strongest first. */
    public record Bottleneck(Constraint constraint, int score, List<Evidence> evidence) {

        public Bottleneck {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One reason a constraint ranks where it does.
     *
     * @param rule    stable id of the rule, e.g. {@code storage-project-disk-full}
     * @param section the module section or table the rule comes from, e.g. {@code §2 Storage}
     * @param text    the evidence as a learner reads it, e.g. "/ is 91% used: storage"
     * @param points  how much it adds to the constraint's score
     */
    public record Evidence(String rule, String section, String text, int points) {
    }

    /** Memory a model needs at a quantization and context length, and whether it fits the budget. */
    public record VramFit(int billionParameters, int bits, long weightsBytes, long kvCacheBytes, long overheadBytes,
            long totalBytes, Fit fit) {
    }

    /** {@code fits}: at most 90% of the budget; {@code tight}: 90–100%; {@code unknown}: no budget known. */
    public enum Fit {
        FITS("fits"), TIGHT("tight"), DOES_NOT_FIT("does-not-fit"), UNKNOWN("unknown");

        private final String id;

        Fit(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }
}
