package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a learner decides to buy now, read from their decision, next action, plan and recommendation: prestige buys,
 * a GPU for a bottleneck that is not VRAM, and replacing the whole machine without a measured constraint (Step 7,
 * Common Mistakes, §4 decision check, §8). A purchase tied to a condition ("if VRAM saturates weekly, plan a desktop")
 * or put off ("the GPU waits until …") is the module's staged plan, not a purchase now.
 */
final class Purchases {

    private static final String PRESTIGE = "best|top|most powerful|fastest|biggest|largest|high[- ]end|flagship"
            + "|future[- ]?proof\\w*|top[- ]of[- ]the[- ]line|latest|maxed[- ]out|max(?:imum)? spec\\w*|\\d090|h100|a100"
            + "|dual gpus?|two gpus|multi[- ]gpu|serious|impress\\w*|status|as much as i can afford|whatever is fastest"
            + "|brand[- ]new|newest";
    private static final Pattern PRESTIGE_PURCHASE = Pattern.compile("\\b(?:buy\\w*|bought|purchas\\w*|get|order\\w*"
            + "|build\\w*|spend\\w*|splurg\\w*|upgrad\\w* to|go(?:ing)? for|replac\\w*)\\b[^.;\\n]{0,60}?\\b(?:" + PRESTIGE
            + ")\\b|\\b(?:" + PRESTIGE + ")\\b[^.;\\n]{0,30}?\\b(?:gpus?|cards?|desktop|rig|build|machine|workstation"
            + "|hardware|setup|pc|computer)\\b");
    /** A purchase justified by no evidence at all: "more memory can never hurt", "just in case", "might as well". */
    private static final Pattern NO_REASON = Pattern.compile("\\b(?:can(?:not|'t| never| not)|could(?:n't| never"
            + "| not)|never|won't|doesn't|does not) hurts?\\b|\\bjust in case\\b|\\bmight as well\\b");
    private static final Pattern PURCHASE = Pattern.compile("\\b(?:buy\\w*|bought|purchas\\w*|get|order\\w*|build\\w*"
            + "|add\\w*|upgrad\\w*|replac\\w*|switch\\w* to|spend\\w*|invest\\w* in)\\b");
    private static final Pattern GPU = Pattern.compile("\\b(?:gpus?|graphics cards?|video cards?|rtx|gtx|radeon|rx \\d+"
            + "|\\d{4}(?: ?ti| ?super)?|h100|a100|egpu|vram|card)\\b");
    private static final Pattern NAMED_GPU = Pattern.compile("\\b(?:rtx|gtx|radeon|geforce|rx) ?\\d{3,4}\\b|\\bgpus?\\b");
    private static final Pattern WHOLE_MACHINE = Pattern.compile("\\breplac\\w* (?:the |this |my |our )?(?:whole |entire"
            + " |current |old )?(?:pc|machine|computer|laptop|desktop|tower|rig|box|setup|workstation|mac\\w*|it)\\b"
            + "|\\b(?:buy|get|order|build|purchase)\\w* (?:a |an |the )?(?:new|better|faster|brand[- ]new|bigger|more"
            + " powerful|newer|whole new)\\b[^.;\\n]{0,30}?\\b(?:machine|pc|computer|laptop|desktop|workstation|rig"
            + "|mac\\w*|tower|box)\\b|\\b(?:buy|get|order|purchas)\\w* (?:a |an |the )?(?:new )?(?:mac (?:studio|mini|pro)"
            + "|macbook\\w*|imac\\w*|dgx \\w+|gaming pc)\\b");
    private static final Pattern PUT_OFF = Pattern.compile("\\b(?:if|when|whenever|once|only|unless|after|later"
            + "|until|wait\\w*|before|next year|one day|someday|eventually|consider\\w*|price\\w*)\\b");

    private Purchases() {
    }

    /** A sentence buying for prestige now. */
    static Optional<String> prestige(String text) {
        return nowSentences(text).stream().filter(s -> PRESTIGE_PURCHASE.matcher(s).find()
                || PURCHASE.matcher(s).find() && NO_REASON.matcher(s).find()).findFirst();
    }

    /** A sentence buying a GPU now. */
    static Optional<String> gpu(String text) {
        return nowSentences(text).stream().filter(s -> PURCHASE.matcher(s).find() && GPU.matcher(s).find()
                && !LabText.heldAt(s, GPU).isEmpty()).findFirst();
    }

    /** A whole machine bought now with a named GPU ("a new gaming laptop with an RTX 4070"): a GPU purchase too. */
    static Optional<String> wholeMachineWithGpu(String text) {
        return wholeMachine(text).filter(s -> NAMED_GPU.matcher(s).find());
    }

    /** A sentence replacing the whole machine now. */
    static Optional<String> wholeMachine(String text) {
        return nowSentences(text).stream().filter(s -> WHOLE_MACHINE.matcher(s).find()).findFirst();
    }

    /**
     * Why a decision buys the wrong thing now, as findings quoting the module: prestige, a GPU while the first
     * bottleneck is not VRAM, a whole new machine without a measured constraint. Empty when it does none of these.
     */
    static List<Finding> problems(String text, LabFacts facts) {
        List<Finding> problems = new ArrayList<>();
        prestige(text).ifPresent(s -> problems.add(new Finding(Verdict.FAIL, "You wrote " + LabText.quote(s)
                + ", a purchase for prestige; " + ModuleQuotes.PRESTIGE)));
        Optional<Constraint> first = facts.firstBottleneck().decides();
        if (problems.isEmpty()) {
            gpuForAnotherBottleneck(text, facts).ifPresent(problems::add);
        }
        Optional<String> machine = wholeMachine(text);
        boolean measured = facts.firstBottleneck().check().verdict() == Verdict.PASS
                && !facts.firstBottleneck().overruled();
        if (problems.isEmpty() && machine.isPresent() && !measured) {
            problems.add(new Finding(Verdict.FAIL, "You wrote " + LabText.quote(machine.get()) + ", replacing the whole"
                    + " machine without a measured constraint; " + ModuleQuotes.NO_EVIDENCE));
        } else if (problems.isEmpty() && machine.isPresent() && first.filter(c -> targeted(c, facts)).isPresent()) {
            problems.add(new Finding(Verdict.FAIL, "You wrote " + LabText.quote(machine.get()) + ", replacing the whole"
                    + " machine, while one targeted change fixes " + ConstraintNames.label(first.get()) + "; "
                    + ModuleQuotes.firstFix(first.get()) + " (§8: \u201cCan that bottleneck be fixed with one targeted"
                    + " change?\u201d)"));
        }
        return problems;
    }

    /**
     * A GPU bought now while the first bottleneck is not VRAM: §4's decision check calls it the prestige buying that
     * evidence-based planning prevents, and no measurement of another constraint is its basis.
     */
    static Optional<Finding> gpuForAnotherBottleneck(String text, LabFacts facts) {
        Optional<Constraint> first = facts.firstBottleneck().decides();
        return gpu(text).filter(sentence -> first.isPresent() && first.get() != Constraint.VRAM)
                .map(sentence -> new Finding(Verdict.FAIL, "You wrote " + LabText.quote(sentence) + ", a GPU, while"
                        + " the first bottleneck is " + ConstraintNames.label(first.get()) + "; "
                        + ModuleQuotes.GPU_LATER));
    }

    /**
     * Whether one targeted change fixes the constraint on this machine: storage (a drive, moving artifacts), thermals
     * (airflow), RAM on a machine that is not a laptop or a Mac (memory slots).
     */
    private static boolean targeted(Constraint constraint, LabFacts facts) {
        boolean fixedMemory = facts.inventory().map(inventory -> Boolean.TRUE.equals(inventory.battery())
                || inventory.os() != null && "macOS".equals(inventory.os().name())
                || dev.praxis.lab.claims.ClaimCheck.laptopPart(inventory).isPresent()).orElse(true);
        return constraint == Constraint.STORAGE || constraint == Constraint.THERMALS
                || constraint == Constraint.RAM && !fixedMemory;
    }

    /** Whether anything attractive is bought now (a GPU, a prestige part, a whole machine). */
    static Optional<String> buysNow(String text) {
        return nowSentences(text).stream().filter(s -> PRESTIGE_PURCHASE.matcher(s).find()).findFirst()
                .or(() -> gpu(text)).or(() -> wholeMachine(text));
    }

    /**
     * A purpose clause after what is bought ("so I'm ready for local models one day", "to be ready when …", "in case I
     * …"): its time words say when the part might be used, not when it is bought, so they put nothing off (Common
     * Mistakes: "Buying for model hype instead of the next 3 to 6 months of work").
     */
    private static final Pattern PURPOSE = Pattern.compile("\\b(?:so (?:that )?(?:i|we)(?:'m|'ll| am| are| will| can"
            + "| could)|(?:in order )?to be ready|to have it ready|ready for)\\b.*$");

    /** "While I'm at it": an idiom for "also", not a clause the purchase depends on ("while" as a subordinator). */
    private static final Pattern AT_IT = Pattern.compile("\\bwhile (?:i'm|i am|we're|we are|you're) at it\\b,?\\s*");

    /** The sentences (folded) that are decided now, not under a condition or put off. */
    private static List<String> nowSentences(String text) {
        return LabText.sentences(text).stream()
                .map(s -> AT_IT.matcher(PURPOSE.matcher(s).replaceFirst("")).replaceAll("").strip())
                .filter(s -> !s.isEmpty() && !PUT_OFF.matcher(s).find()).toList();
    }
}
