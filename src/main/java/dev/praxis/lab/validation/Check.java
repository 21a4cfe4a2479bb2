package dev.praxis.lab.validation;

import java.util.regex.Pattern;

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

    private static final Pattern NOT_DONE = Pattern.compile("^Step \\S+ not done yet: ");

    /** The step's input is absent: pending rather than wrong (see {@link Verdict}). */
    static Check notDone(String step, String missing) {
        return new Check(Verdict.NEEDS_ATTENTION, "Step " + step + " not done yet: " + missing + ".");
    }

    /** Whether evidence is the one {@link #notDone} writes. */
    static boolean isNotDone(String evidence) {
        return evidence != null && NOT_DONE.matcher(evidence).find();
    }
}
