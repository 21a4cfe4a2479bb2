package dev.praxis.lab.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 5, item 4: somewhere in the fixes, plan or next action the learner says what evidence would change the
 * decision: a condition ("if", "when", "once") that names a constraint or a measurement.
 */
final class DecisionChangeValidator implements ItemValidator {

    /**
     * A condition word, or the formal inverted conditional at the start of a sentence, clause or bullet ("Should SDXL
     * prove necessary, I shall rent …", "…; should a job need more, …"), or "provided (that)", "in the event that".
     */
    static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|whenever|once|unless|as soon as|provided(?: that)?"
            + "|in the event (?:that|of)|in case)\\b|(?m)(?:^[\\s\\-*\u2022]*|(?<=[.;:!?] ))should\\b");
    /** "check if it is faster", "see if swap grows": an indirect question (whether), no condition of a decision. */
    private static final Pattern INDIRECT_QUESTION = Pattern.compile("\\b(?:check|see|test|find out|ask|wonder|verify"
            + "|confirm|know|tell|look)(?:s|ed|ing)?\\s+$");
    /** Where a condition ends and its action begins: "if X, Y", "if X then Y", "if X; Y". */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:!?]|[.,](?=\\s|$)|\\bthen\\b");
    /** Conditions that name nothing to watch: "if needed", "when necessary", "if it is not enough". */
    private static final Pattern VACUOUS = Pattern.compile("^\\s*(?:(?:it|that|this)\\s+(?:is\\s+)?)?(?:ever\\s+)?"
            + "(?:needed|necessary|required|possible|wanted|appropriate|(?:not\\s+)?(?:enough|sufficient)|the time comes"
            + "|it'?s time|i (?:need|want) (?:it|to|more)|i can afford it|budget allows)\\b");

    /**
     * What the learner's conditions say, each from its condition word to the end of its clause, without the action
     * that follows: in "if it is still slow, upgrade the CPU" the condition watches nothing, whatever the action names.
     * Vacuous conditions ("if needed") are left out.
     */
    static List<String> conditions(String text) {
        List<String> conditions = new ArrayList<>();
        String folded = LabText.fold(text);
        Matcher condition = CONDITION.matcher(folded);
        while (condition.find()) {
            if (INDIRECT_QUESTION.matcher(folded.substring(0, condition.start())).find()) {
                continue;
            }
            String rest = folded.substring(condition.end());
            Matcher end = CLAUSE_END.matcher(rest);
            String clause = end.find() ? rest.substring(0, end.start()) : rest;
            if (!clause.isBlank() && !VACUOUS.matcher(clause).find()) {
                conditions.add(clause.strip());
            }
        }
        return conditions;
    }

    /** How often, or how big a model: "every week", "daily", "three times", "13B" are things one can count. */
    private static final Pattern COUNTED = Pattern.compile("\\b(?:every (?:day|night|week|month|session|run)|daily"
            + "|weekly|monthly|\\d+ times|(?:more|less|fewer) than|at least|\\d+(?:\\.\\d+)? ?b)\\b");

    /** A model's size: it says which model a condition is about. */
    private static final Pattern MODEL_SIZE = Pattern.compile("\\b\\d+(?:\\.\\d+)? ?b\\b");
    /** Slowness no figure measures: "still too slow", "not fast enough". */
    private static final Pattern VAGUE_SLOW = Pattern.compile("\\b(?:too |very |still |so )*slow\\b|not fast enough");

    /** A condition that names a constraint, a measurement, a count or a symptom of the module's table. */
    static boolean watchesSomething(String condition) {
        return !ConstraintNames.all(condition).isEmpty() || LabText.measurement(condition).isPresent()
                || COUNTED.matcher(condition).find() || SymptomTable.rowFor(condition).isPresent();
    }

    /**
     * A condition that names evidence (Step 5: "what evidence would change my decision"): what {@link
     * #watchesSomething} reads, except a model's size beside nothing but vague slowness. "If 70B is still too slow, add
     * a second card" is a rule (Step 6 judges it one) whose only evidence is unmeasured slowness of a model (§8: "Do not
     * skip the measurement step"); "if 13B is needed every week" or "if 13B does not fit" name evidence.
     */
    static boolean namesEvidence(String condition) {
        if (!ConstraintNames.all(condition).isEmpty() || LabText.measurement(condition).isPresent()
                || SymptomTable.rowFor(condition).isPresent()) {
            return true;
        }
        Matcher counted = COUNTED.matcher(condition);
        boolean sizeOnly = true;
        boolean any = false;
        while (counted.find()) {
            any = true;
            sizeOnly &= MODEL_SIZE.matcher(counted.group()).matches();
        }
        return any && !(sizeOnly && VAGUE_SLOW.matcher(condition).find());
    }

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
                .filter(s -> conditions(s).stream().anyMatch(DecisionChangeValidator::namesEvidence))
                .findFirst();
        if (rule.isPresent()) {
            return Check.pass("You documented what would change your decision: " + LabText.quote(rule.get()) + ".");
        }
        return Check.attention("Nothing you wrote says which evidence would change your decision: add a rule such as"
                + " “if swap is used daily, add RAM”.");
    }
}
