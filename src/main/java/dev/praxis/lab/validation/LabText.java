package dev.praxis.lab.validation;

import dev.praxis.lab.claims.Remembered;
import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Stance;
import dev.praxis.text.Wording;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of what learners write: case and typographic punctuation are folded, patterns use word stems
 * ({@code throttl\w*}) for inflection, and whether the learner holds what a pattern matches (negation, conditions,
 * concessions, others' views) is read by the shared text engine {@code dev.praxis.text}, as the quiz grader reads it.
 */
final class LabText {

    private static final Pattern MEASUREMENT = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s?(?:%|°\\s?c\\b|(?:percent|[kmgt]i?b|gi|ghz|mhz|c|w|watts?|rpm|k?tokens?|k|tok/s"
                    + "|it/s|minutes?|mins?|seconds?|s|hours?|h|cores?|threads?|x|gpus?)\\b)");
    private static final Pattern INVENTORY_FIELD = Pattern.compile(
            "nvidia-smi|rocm-smi|free -h|df -h|lscpu|lsblk|lspci|system_profiler|use%|usepercent|inventory|memory\\.total"
                    + "|\\bswap\\b|\\bavail(?:able)?\\b");
    private static final int QUOTE_LIMIT = 70;

    private LabText() {
    }

    /**
     * An answer that opens by saying its step is not known or decided yet ("I don't know yet: …", "Not sure yet",
     * "TBD"): the step declared not done, the rest its why. Honest, so pending like an empty answer, never wrong.
     */
    private static final Pattern NOT_KNOWN_YET = Pattern.compile(
            "^[\\s\\-*•]*(?:(?:i\\s+)?(?:don'?t|do not|dont)\\s+know(?:\\s+yet\\b|\\s*[.!]?\\s*$)"
                    + "|not (?:sure|known|decided) yet\\b|undecided\\b|tbd\\b)");

    /** A tentative answer after the opener ("Not sure yet — maybe the CPU"): an answer, hedged, not a step left open. */
    private static final Pattern TENTATIVE = Pattern.compile("\\b(?:maybe|perhaps|probably|possibly|likely"
            + "|i (?:think|guess|suspect)|my guess)\\b");
    /** "n/a", "N/A.", "-": a placeholder, nothing written. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^[\\s\\-*\u2022]*(?:n/?a|-+)?\\s*[.!]?\\s*$");

    /** Nothing written, or only a placeholder or that the step is not known yet (see {@link #NOT_KNOWN_YET}). */
    static boolean blank(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String folded = fold(text);
        return PLACEHOLDER.matcher(folded).matches()
                || NOT_KNOWN_YET.matcher(folded).find() && !TENTATIVE.matcher(folded).find();
    }

    /** Lower case, typographic quotes and dashes straightened, runs of white space collapsed (line breaks kept). */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Remembered.reading("fold", text, LabText::folded);
    }

    private static String folded(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("[^\\S\\n]+", " ").replaceAll(" ?\\n\\s*", "\n").strip();
    }

    /** For comparing checklist texts: folded, punctuation dropped. */
    static String comparable(String text) {
        return fold(text).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }

    /** The first match of the pattern the learner holds (see {@link #held}), in their words. */
    static Optional<String> affirmed(String text, Pattern pattern) {
        return held(text, pattern).stream().findFirst().map(Match::quote);
    }

    private static final Pattern PARTS = Pattern.compile(",|;|\\band\\b|\\bthen\\b");

    /**
     * As {@link #affirmed}, reading each comma- or "and"-separated part on its own too, so that a negation in one part
     * ("quit Docker when not needed and close tabs") does not reach the next.
     */
    static Optional<String> affirmedInAnyPart(String text, Pattern pattern) {
        return affirmed(text, pattern).or(() -> java.util.Arrays.stream(PARTS.split(fold(text)))
                .map(part -> affirmed(part, pattern)).flatMap(Optional::stream).findFirst());
    }

    /** The sentence (as folded) holding the first match of the pattern the learner holds. */
    static Optional<String> affirmedSentence(String text, Pattern pattern) {
        return sentences(text).stream().filter(s -> affirmed(s, pattern).isPresent()).findFirst();
    }

    /** The sentence holding the first match, negated or not. */
    static Optional<String> sentenceMentioning(String text, Pattern pattern) {
        return sentences(text).stream().filter(s -> pattern.matcher(s).find()).findFirst();
    }

    /** Where the first match the learner holds starts in the folded text, or -1. */
    static int affirmedAt(String text, Pattern pattern) {
        List<Integer> at = heldAt(text, pattern);
        return at.isEmpty() ? -1 : at.get(0);
    }

    /**
     * Work declared not done: "nothing measured yet", "haven't measured anything", "no measurements yet". Written, but
     * the learner says plainly the measurement is still to come, so it asks for it rather than failing it.
     */
    static final Pattern NOT_MEASURED = Pattern.compile("\\b(?:nothing|not|none|no \\w+) (?:\\w+ )?(?:measured|checked|"
            + "recorded)\\b|\\b(?:haven't|have not|did(?:n't| not)) (?:yet )?(?:measured?|checked|run|ran|uploaded)\\b"
            + "|\\bno (?:measurements?|numbers|data|figures) yet\\b"
            // a plan to measure ("measure RAM and storage pressure", "measure those limits") says it is not done yet
            + "|^(?:(?!\\b(?:measured|shows?|showed|at \\d|\\d+ ?(?:%|gi?b?|mi?b?)\\b)).)*\\bmeasure (?:the |my |those |its |our )?"
            + "(?:\\w+ )?(?:and \\w+ )?(?:pressure|limits?|usage)\\b");

    /** Whether the text says plainly that nothing is measured yet. */
    static boolean notMeasuredYet(String text) {
        return !blank(text) && mentioned(text, NOT_MEASURED).isPresent();
    }

    /** The first match, negated or not (for "did they consider X", where "no cloud yet" still considers it). */
    static Optional<String> mentioned(String text, Pattern pattern) {
        Matcher m = pattern.matcher(fold(text));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Shortage, not denial: "no space left", "no swap", "no GPU" name the constraint they lack. */
    private static final Pattern SHORTAGE = Pattern.compile("\\bno (?:free |more |disk |discrete |dedicated |real )?"
            + "(?:space|room|swap|gpu|vram|storage)\\b|\\b(?:space|room|memory|ram|vram|storage) left\\b");

    /**
     * The matches of the pattern the learner holds, read by the shared text engine ({@code dev.praxis.text}, the
     * quiz grader's): not negated ("not the GPU", "VRAM is not the bottleneck", "instead of a 4090"), and asserted or
     * under a condition, not conceded ("sure, the GPU is slow, but …"), someone else's ("people say VRAM"), asked or
     * rejected ("buying a 4090 would be a mistake"). A shortage is held, not negated: "no space left", "no swap".
     */
    static List<Match> held(String text, Pattern pattern) {
        String folded = fold(text);
        AnalysedText analysed = analysed(folded);
        return new Wording(List.of(), List.of(pattern)).matches(analysed).stream()
                .filter(m -> m.stance() == Stance.ASSERTED || m.stance() == Stance.SUPPOSED)
                .filter(m -> !m.negated() || shortage(folded, analysed, m))
                .toList();
    }

    /** Where each held match starts in the folded text. */
    static List<Integer> heldAt(String text, Pattern pattern) {
        AnalysedText analysed = analysed(fold(text));
        return held(text, pattern).stream().map(m -> analysed.tokens().get(m.span().first()).start()).toList();
    }

    /** The folded text as the shared text engine reads it (tokens, negation, stance), once per validation. */
    private static AnalysedText analysed(String folded) {
        return Remembered.reading("analysed", folded, AnalysedText::of);
    }

    private static boolean shortage(String folded, AnalysedText analysed, Match match) {
        int start = analysed.tokens().get(match.span().first()).start();
        int end = analysed.tokens().get(match.span().last()).end();
        String around = folded.substring(Math.max(0, start - 25), Math.min(folded.length(), end + 8));
        return SHORTAGE.matcher(around).find();
    }

    /** A number with a unit ("91%", "12 GiB", "85 °C") or a named inventory field, if the text cites one. */
    static Optional<String> measurement(String text) {
        String folded = fold(text);
        Matcher number = MEASUREMENT.matcher(folded);
        if (number.find()) {
            return Optional.of(number.group());
        }
        Matcher field = INVENTORY_FIELD.matcher(folded);
        return field.find() ? Optional.of(field.group()) : Optional.empty();
    }

    static List<String> sentences(String text) {
        return Arrays.stream(fold(text).split("(?<=[.!?])\\s+(?=\\S)|\\n")).filter(s -> !s.isBlank()).toList();
    }

    static int words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? 0 : folded.split("\\s+").length;
    }

    /** The learner's words in quotes, shortened to fit into one sentence of feedback. */
    static String quote(String text) {
        String flat = text == null ? "" : dev.praxis.lab.claims.Gloss.restore(text).replaceAll("\\s+", " ").strip();
        return "\u201c" + (flat.length() <= QUOTE_LIMIT ? flat : flat.substring(0, QUOTE_LIMIT - 1).stripTrailing()
                + "\u2026") + "\u201d";
    }

    static String joined(String... parts) {
        return String.join("\n", Arrays.stream(parts).filter(p -> !blank(p)).toList());
    }
}
