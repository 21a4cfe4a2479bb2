package dev.praxis.lab.validation;

import dev.praxis.lab.validation.LabWork.Plan;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 6, item 4: the cloud is considered as an option. Rejecting it with a reason ("no cloud: data is private")
 * still counts as considering it, so negation is not discounted here.
 */
final class CloudConsideredValidator implements ItemValidator {

    /** Hosted model providers: "the OpenAI API", "over the OpenRouter API". */
    private static final String PROVIDERS = "openai|openrouter|anthropic|claude|groq|together(?:\\.ai)?|fireworks"
            + "|mistral|gemini|deepseek|cohere|azure(?: openai)?|bedrock|vertex(?: ai)?";

    static final Pattern CLOUD = Pattern.compile("cloud|burst\\w*|\\brent\\w* (?:an? )?(?:[\\w.]+ ){0,3}(?:gpu|instance|machine"
            + "|vm|server|box|[ahlt]\\d{1,3}g?\\b|rtx ?\\d{4})|hosted (?:gpu|notebook|service|(?:llm )?api)\\w*|colab"
            + "|runpod|vast\\.ai|lambda labs|kaggle|sagemaker|\\bec2\\b|paperspace"
            + "|\\b(?:to|onto|via|through|over) (?:an? |the )?(?:hosted |cloud |remote |external |paid |" + PROVIDERS + " )?(?:llm )?"
            + "api\\b(?!-)|\\b(?:" + PROVIDERS + ")(?:'s)? api\\b"
            // what a hosted API is billed ("if API costs exceed 100 EUR a month"): paid per use, §5's cloud trade-off
            + "|\\bapi (?:costs?|bills?|spend\\w*|pricing|credits?|fees?)\\b");

    @Override
    public String name() {
        return "cloud-considered";
    }

    @Override
    public String source() {
        return "Hands-On Step 6 'included cloud as an option'; §5 'Local, Cloud, Or Hybrid' decision table";
    }

    @Override
    public Check check(LabFacts facts) {
        Plan plan = facts.plan();
        String planText = LabText.joined(plan.now(), plan.oneMonth(), plan.firstRepeatedBottleneck());
        if (LabText.blank(planText)) {
            return Check.notDone("6", "there is no staged plan");
        }
        Optional<String> cloud = LabText.sentenceMentioning(LabText.joined(planText, facts.summary().decision(),
                facts.work().recommendation()), CLOUD);
        if (cloud.isEmpty()) {
            return Check.fail("Your plan never mentions the cloud; Step 6 asks you to consider it instead of assuming"
                    + " every problem needs local ownership. " + ModuleQuotes.HYBRID);
        }
        return Check.pass("You considered the cloud: " + LabText.quote(cloud.get()) + ".");
    }
}
