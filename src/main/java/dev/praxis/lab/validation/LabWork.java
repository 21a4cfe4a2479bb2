package dev.praxis.lab.validation;

import java.util.List;

/**
 * What a learner wrote for the flagship lab, exactly as the platform stores it per learner and module and as
 * {@code validate-lab} reads it. Every field may be null: that step is simply not done yet.
 *
 * @param inventory   the uploaded inventory as text (command transcript or agent JSON)
 * @param archetype   {@code laptop-first|single-gpu-desktop|home-server|cloud-first|hybrid}
 * @param mattersMost {@code portability|sustained-load|always-on}
 */
public record LabWork(String inventory, String workload, String archetype, String archetypeReason,
                      String mattersMost, String unknowns, Summary summary, List<SymptomRow> symptoms, Plan plan,
                      String recommendation) {

    /** Nothing written yet. */
    public static final LabWork EMPTY = new LabWork(null, null, null, null, null, null, null, null, null, null);

    /** Step 4's constraint summary. */
    public record Summary(String workload, String archetype, String firstBottleneck, String evidence,
                          String secondBottleneck, String decision, String nextAction) {
    }

    /** One Step 5 row: what was observed, the constraint it points to, the first fix to try. */
    public record SymptomRow(String symptom, String constraint, String fix) {
    }

    /** Step 6's three checkpoints, each with a decision rule. */
    public record Plan(String now, String oneMonth, String firstRepeatedBottleneck) {
    }
}
