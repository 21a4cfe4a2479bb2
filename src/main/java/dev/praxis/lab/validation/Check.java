package dev.praxis.lab.validation;

/** What one validator concluded: a verdict and the one sentence that quotes its evidence. */
record Check(Verdict verdict, String evidence) {

    static Check pass(String evidence) {
        return new Check(Verdict.PASS, evidence);
    }

    static Check attention(String evidence) {
        return new Check(Verdict.NEEDS_ATTENTION, evidence);
    }

    static Check fail(String evidence) {
        return new Check(Verdict.FAIL, evidence);
    }

    /** The step's input is absent: pending rather than wrong (see {@link Verdict}). */
    static Check notDone(String step, String missing) {
        return new Check(Verdict.NEEDS_ATTENTION, "Step " + step + " not done yet: " + missing + ".");
    }
}
