package dev.praxis.lab.validation;

/**
 * One thing a validator found about a checklist item, and the verdict it alone would give: a contradiction is a
 * {@code fail}, something missing or unconfirmed {@code needs-attention}, something only the learner can vouch for
 * {@code self-attested}, a requirement met {@code pass}.
 */
public record Finding(Verdict verdict, String sentence) {
}
