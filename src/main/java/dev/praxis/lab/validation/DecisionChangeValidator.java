package dev.praxis.lab.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 5, item 4: somewhere in the fixes, plan or next action the learner says what evidence would change the
 * decision: a condition ("if", "when", "once") that names a constraint or a measurement.
 */
final class DecisionChangeValidator implements ItemValidator {

    static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|whenever|once|unless|as soon as)\\b");

    @Override
    public String name() {
        return "decision-change-evidence";
    }

    @Override
    public String source() {
        return "Hands-On Step 5 'what evidence would change my decision'; §8 decision flow 'Revisit after repeated"
                + " evidence'";
    }

    @Override
    public Check check(LabFacts facts) {
        String text = facts.decisionText();
        if (facts.symptoms().isEmpty() && LabText.blank(text)) {
            return Check.notDone("5", "you have written no symptoms, fixes or plan yet");
        }
        Optional<String> rule = LabText.sentences(text).stream()
                .filter(s -> CONDITION.matcher(s).find())
                .filter(s -> !ConstraintNames.all(s).isEmpty() || LabText.measurement(s).isPresent()
                        || SymptomTable.rowFor(s).isPresent())
                .findFirst();
        if (rule.isPresent()) {
            return Check.pass("You documented what would change your decision: " + LabText.quote(rule.get()) + ".");
        }
        return Check.attention("Nothing you wrote says which evidence would change your decision: add a rule such as"
                + " “if swap is used daily, add RAM”.");
    }
}
