package dev.praxis.lab.validation;

/**
 * Step 4, item 1 and the third success criterion: the first bottleneck is one of the module's constraints, fits the
 * workload table and agrees with the machine's evidence (see {@link FirstBottleneck}).
 */
final class FirstBottleneckValidator implements ItemValidator {

    static final String CONSTRAINTS = "VRAM, RAM, storage, thermals, power and expansion, CPU";

    @Override
    public String name() {
        return "first-bottleneck";
    }

    @Override
    public String source() {
        return "Hands-On Step 4; §1 Workload Family table; §2 'The Five Constraints That Actually Matter' and"
                + " constraint table; diagnosis rules (docs/diagnosis.md)";
    }

    @Override
    public Check check(LabFacts facts) {
        return facts.firstBottleneck().check();
    }
}
