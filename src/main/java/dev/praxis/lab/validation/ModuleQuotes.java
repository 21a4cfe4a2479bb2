package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import java.util.Map;

/** The module's own sentences that the lab's rules rest on, quoted in feedback with where they stand. */
final class ModuleQuotes {

    /** §6 "Reading Symptoms Like An Engineer": what to do first for each resource found under pressure. */
    private static final Map<Constraint, String> FIRST_FIX = Map.of(
            Constraint.STORAGE, "§6: \u201cIf storage is full, move artifacts and redesign the storage layout before"
                    + " buying compute.\u201d",
            Constraint.RAM, "§6: \u201cIf system memory is saturated while preprocessing, reduce batch size, stream"
                    + " data, close competing services, or add RAM if possible.\u201d",
            Constraint.VRAM, "§6: \u201cIf GPU memory is saturated and the model fails when context grows, lower"
                    + " context, use a smaller model, change quantization, or choose a GPU with more VRAM later.\u201d",
            Constraint.CPU, "§2 constraint table, CPU: \u201cDoes the CPU keep the pipeline fed for my workload?\u201d"
                    + " (when undersized: \u201cunderused GPU, slow data prep, sluggish tools\u201d)",
            Constraint.THERMALS, "§2 Thermals: \u201cIf performance starts high and then drops after minutes, suspect"
                    + " heat or power limits.\u201d",
            Constraint.POWER_EXPANSION, "§2 Power, PCIe: \u201cThe senior habit is to read the platform as an upgrade"
                    + " map.\u201d");

    static final String GPU_LATER = "§4 Decision check: \u201cA better GPU might still be useful later, but it does not"
            + " solve the first repeated bottleneck.\u201d";
    static final String PRESTIGE = "Common Mistakes, \u201cBuying for model hype\u201d: \u201cDefine the next workload"
            + " first, then buy only when repeated bottlenecks appear.\u201d";
    static final String NO_EVIDENCE = "§8: \u201cIf you cannot name the bottleneck from evidence, you are not ready to"
            + " claim the upgrade is necessary.\u201d";
    static final String MACHINE_IS_BAD = "§6: \u201cThe worst diagnosis is \u2018the machine is bad.\u2019 That phrase"
            + " hides the constraint.\u201d";
    static final String HYBRID = "§5: \u201cA hybrid strategy is often the most rational.\u201d";
    static final String WORKLOAD_TABLE = "§1 Workload Family table";
    static final String EVIDENCE_TO_DECISION = "Step 4: \u201cThe important part is the connection between evidence and"
            + " decision.\u201d";

    private ModuleQuotes() {
    }

    static String firstFix(Constraint constraint) {
        return FIRST_FIX.get(constraint);
    }
}
