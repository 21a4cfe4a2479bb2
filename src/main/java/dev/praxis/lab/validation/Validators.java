package dev.praxis.lab.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every validator a lab file can bind an item to, by name. */
final class Validators {

    private static final Map<String, ItemValidator> BY_NAME = new LinkedHashMap<>();

    static {
        List<ItemValidator> all = List.of(
                new WorkloadParagraphValidator(),
                new WorkloadFamilyValidator(),
                new WorkloadBeforeHardwareValidator(),
                new ArchetypeConsistencyValidator(),
                new ArchetypeReasonValidator(),
                new MattersMostValidator(),
                new InventoryRecordedValidator(),
                new ProjectDiskValidator(),
                new GpuToolingValidator(),
                new UnknownsValidator(),
                new FirstBottleneckValidator(),
                new EvidenceMeasurementValidator(),
                new SecondBottleneckValidator(),
                new NoMachineVerdictValidator(),
                new SymptomRowsValidator(SymptomRowsValidator.Reading.CONSTRAINT),
                new SymptomRowsValidator(SymptomRowsValidator.Reading.FIX),
                new SymptomRowsValidator(SymptomRowsValidator.Reading.NO_GPU_FOR_OTHER),
                new DecisionChangeValidator(),
                new PlanCheckpointValidator(PlanCheckpointValidator.Checkpoint.NOW),
                new PlanCheckpointValidator(PlanCheckpointValidator.Checkpoint.ONE_MONTH),
                new PlanCheckpointValidator(PlanCheckpointValidator.Checkpoint.FIRST_REPEATED_BOTTLENECK),
                new CloudConsideredValidator(),
                new RecommendationValidator(RecommendationValidator.Part.OPTION),
                new RecommendationValidator(RecommendationValidator.Part.WORKLOAD),
                new RecommendationValidator(RecommendationValidator.Part.BOTTLENECK),
                new RecommendationValidator(RecommendationValidator.Part.EVIDENCE),
                new NoPrestigeValidator(),
                new ArchetypeAndWorkloadValidator(),
                new UpgradeCanWaitValidator(),
                new RationalNextStepValidator(),
                new EvidenceBasedDecisionValidator());
        all.forEach(validator -> BY_NAME.put(validator.name(), validator));
    }

    private Validators() {
    }

    static Optional<ItemValidator> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }
}
