package dev.praxis.lab.validation;

/** Judges one kind of checklist item from the learner's lab work and inventory. Pure. */
interface ItemValidator {

    /** The name a lab file binds items to, e.g. {@code first-bottleneck}. */
    String name();

    /** The table or paragraph of the module the rule comes from. */
    String source();

    Check check(LabFacts facts);
}
