package dev.praxis.lab.validation;

import dev.praxis.content.CourseModule;
import dev.praxis.content.LabStep;
import dev.praxis.content.LessonPart;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module's own wording, to tell an answer the learner wrote for their machine from one copied off the page: the
 * archetype table's description given as the reason a machine fits it, Step 3's instruction given as the unknowns,
 * Step 4's example sentence given as the evidence. Those items ask about this machine (Step 2 "why the archetype fits
 * your use", Step 3 "I wrote down any unknowns", Step 4 "the connection between evidence and decision"); the module's
 * general sentence answers none of them, so it asks for the learner's own (needs-attention, never wrong). Items whose
 * answer may well be the module's words (a workload family, a symptom row's fix, a Step 6 example rule) do not ask.
 */
final class ModuleWording {

    /** Runs of this many words shared with the module count as copied; shorter ones are ordinary phrases. */
    static final int RUN = 6;
    /** The share of an answer's words inside such runs from which the answer is the module's, not the learner's. */
    static final double COPIED_SHARE = 0.8;

    static final ModuleWording NONE = new ModuleWording(Set.of());

    private static final Map<String, ModuleWording> BY_MODULE = new ConcurrentHashMap<>();

    private final Set<String> runs;

    private ModuleWording(Set<String> runs) {
        this.runs = runs;
    }

    static ModuleWording of(CourseModule module) {
        if (module == null) {
            return NONE;
        }
        // the answers are read through their gloss (LabValidator.gloss: a Ukrainian answer as the English words the
        // rules know), so the module's wording is compared in the same reading: a Ukrainian module's sentence copied
        // into an answer glosses to the same words as the module's own sentence does
        return BY_MODULE.computeIfAbsent(module.path() + "#" + module.language() + "#" + module.slug(),
                key -> of(dev.praxis.lab.claims.Gloss.of(text(module))));
    }

    /** The wording of a text (the module's prose and lab instructions, as plain text). */
    static ModuleWording of(String text) {
        List<String> words = words(text);
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return new ModuleWording(runs);
    }

    private static String text(CourseModule module) {
        StringBuilder text = new StringBuilder();
        if (module.parts() != null) {
            for (LessonPart part : module.parts()) {
                if (part instanceof LessonPart.Prose prose) {
                    text.append(plain(prose.html())).append('\n');
                }
            }
        }
        if (module.lab() != null) {
            text.append(plain(module.lab().introHtml())).append('\n');
            for (LabStep step : module.lab().steps()) {
                text.append(plain(step.instructionsHtml())).append('\n');
            }
        }
        return text.toString();
    }

    private static String plain(String html) {
        return html == null ? "" : html.replaceAll("<[^>]+>", " ").replaceAll("&(?:rsquo|lsquo|#39|#x27|apos);", "'")
                .replaceAll("&[a-zA-Z#0-9]+;", " ");
    }

    private static List<String> words(String text) {
        String comparable = LabText.comparable(text);
        return comparable.isEmpty() ? List.of() : List.of(comparable.split(" "));
    }

    /**
     * The answer, where nearly all of it is the module's own wording (at least {@value #COPIED_SHARE} of its words
     * inside runs of {@value #RUN} words the module has); answers shorter than such a run and a half are never copies.
     */
    Optional<String> copied(String answer) {
        List<String> words = words(answer);
        if (runs.isEmpty() || words.size() < RUN + RUN / 2) {
            return Optional.empty();
        }
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i + RUN <= words.size(); i++) {
            if (runs.contains(String.join(" ", words.subList(i, i + RUN)))) {
                java.util.Arrays.fill(covered, i, i + RUN, true);
            }
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 1 : 0;
        }
        return count >= COPIED_SHARE * words.size() ? Optional.of(answer) : Optional.empty();
    }

    /** A needs-attention finding for an answer copied from the module, naming what the item asks of this machine. */
    Optional<Finding> copiedFinding(String answer, String asks) {
        return copied(answer).map(a -> new Finding(Verdict.NEEDS_ATTENTION, "Your answer " + LabText.quote(a)
                + " repeats the module's own sentence; " + asks + "."));
    }
}
