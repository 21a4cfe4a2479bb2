package dev.praxis.lab.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one validator concluded about an item: the findings behind it. The verdict is the gravest finding's
 * ({@code fail}, then {@code needs-attention}, then {@code self-attested}, then {@code pass}) and the evidence is the
 * sentences of exactly the findings that decided it, so the two can never disagree.
 */
record Check(List<Finding> findings) {

    /** Gravest first: the order in which findings decide an item. */
    static final List<Verdict> GRAVITY = List.of(Verdict.FAIL, Verdict.NEEDS_ATTENTION, Verdict.SELF_ATTESTED,
            Verdict.PASS);

    Check {
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a check needs at least one finding");
        }
    }

    static Check pass(String evidence) {
        return of(Verdict.PASS, evidence);
    }

    static Check attention(String evidence) {
        return of(Verdict.NEEDS_ATTENTION, evidence);
    }

    static Check fail(String evidence) {
        return of(Verdict.FAIL, evidence);
    }

    static Check selfAttested(String evidence) {
        return of(Verdict.SELF_ATTESTED, evidence);
    }

    private static final Pattern NOT_DONE = Pattern.compile("^Step \\S+ not done yet: ");

    /** The step's input is absent: pending rather than wrong (see {@link Verdict}). */
    static Check notDone(String step, String missing) {
        return attention("Step " + step + " not done yet: " + missing + ".");
    }

    static Check of(Verdict verdict, String sentence) {
        return new Check(List.of(new Finding(verdict, sentence)));
    }

    /** Every finding of the checks together: the gravest of them decides. */
    static Check all(List<Check> checks) {
        List<Finding> all = new ArrayList<>();
        checks.forEach(check -> all.addAll(check.findings()));
        return new Check(all);
    }

    static Check all(Check... checks) {
        return all(Arrays.asList(checks));
    }

    /** This check, with more findings (a contradiction found in the same answer, say). */
    Check with(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new Check(all);
    }

    Verdict verdict() {
        return decidedBy(findings);
    }

    /** The sentences of the findings that decided the verdict, in the order found. */
    String evidence() {
        return evidenceOf(findings);
    }

    static Verdict decidedBy(List<Finding> findings) {
        return GRAVITY.stream().filter(v -> findings.stream().anyMatch(f -> f.verdict() == v)).findFirst()
                .orElseThrow();
    }

    static String evidenceOf(List<Finding> findings) {
        Verdict verdict = decidedBy(findings);
        return String.join(" ", findings.stream().filter(f -> f.verdict() == verdict).map(Finding::sentence)
                .distinct().toList());
    }

    /** Whether evidence is the one {@link #notDone} writes. */
    static boolean isNotDone(String evidence) {
        return evidence != null && NOT_DONE.matcher(evidence).find();
    }
}
