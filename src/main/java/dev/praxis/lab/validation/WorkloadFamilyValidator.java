package dev.praxis.lab.validation;

import dev.praxis.inventory.core.WorkloadFamily;
import java.util.List;
import java.util.stream.Collectors;

/** Step 1, item 2 (and part of the first success criterion): the paragraph names a workload family. */
final class WorkloadFamilyValidator implements ItemValidator {

    static final String FAMILIES = "API-first applications, local inference or coding models, embeddings and RAG,"
            + " notebook-heavy data work, LoRA-style fine-tuning, always-on services";

    @Override
    public String name() {
        return "workload-family";
    }

    @Override
    public String source() {
        return "§1 'Workload Family' table; §3 archetype table (always-on services)";
    }

    @Override
    public Check check(LabFacts facts) {
        String workload = facts.work().workload();
        if (LabText.blank(workload)) {
            return Check.notDone("1", "there is no workload paragraph");
        }
        List<WorkloadFamily> families = LabWorkloads.families(workload);
        if (families.isEmpty()) {
            return Check.fail(LabText.quote(workload) + " names no workload family from the module (" + FAMILIES
                    + ").");
        }
        return Check.pass("Your paragraph names the workload " + (families.size() == 1 ? "family " : "families ")
                + families.stream().map(WorkloadFamily::label).collect(Collectors.joining("; ")) + ".");
    }
}
