package dev.praxis.lab.validation;

import dev.praxis.inventory.core.WorkloadFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The workload families a learner's own words name (module §1 table), read clause by clause: a clause that rules
 * a family out ("no fine-tuning yet") names nothing, and models reached through hosted APIs ("hosted LLM APIs",
 * "hosted models do the inference") are API-first work, not local inference.
 */
final class LabWorkloads {

    private static final Pattern CLAUSE = Pattern.compile("[.;!?\\n,()]|\\s[\u2014\u2013-]\\s|\\bbut\\b");
    private static final Pattern HOSTED = Pattern.compile("\\bhosted\\b|\\bapis?\\b|openai|anthropic|claude|gemini"
            + "|\\bcloud\\b|\\bremote\\b|\\bcalls?\\b|\\bcalling\\b");
    private static final Pattern LOCAL = Pattern.compile("\\blocal\\w*|ollama|llama|gguf|quanti[sz]\\w*|lm studio"
            + "|vllm|on (?:my|the) (?:machine|laptop|desktop|gpu|mac)");
    /** A model named by its size ("the 70B Discord bot", "a 6.7B coder"): a model run on the machine, unless hosted. */
    private static final Pattern MODEL_SIZE = Pattern.compile("\\b\\d{1,3}(?:\\.\\d)?b\\b");
    private static final Pattern RULED_OUT = Pattern.compile("^\\s*(?:no|not|never|without|instead of|rather than)\\b");

    private LabWorkloads() {
    }

    /** Every family the text names, in the order first named. */
    static List<WorkloadFamily> families(String text) {
        List<WorkloadFamily> families = new ArrayList<>();
        for (String clause : CLAUSE.split(LabText.fold(text))) {
            if (RULED_OUT.matcher(clause).find()) {
                continue;
            }
            List<WorkloadFamily> named = new ArrayList<>(WorkloadFamily.allFromText(clause));
            if (named.isEmpty() && MODEL_SIZE.matcher(clause).find()) {
                named.add(WorkloadFamily.LOCAL_INFERENCE);
            }
            for (WorkloadFamily family : named) {
                boolean hosted = family == WorkloadFamily.LOCAL_INFERENCE && HOSTED.matcher(clause).find()
                        && !LOCAL.matcher(clause).find();
                if (!hosted && !families.contains(family)) {
                    families.add(family);
                }
            }
        }
        return families;
    }
}
