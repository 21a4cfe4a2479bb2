package dev.praxis.lab.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of what learners write: case and typographic punctuation are folded, patterns use word stems
 * ({@code throttl\w*}) for inflection, and a match is discounted when a negation governs it in the same clause
 * ("I will not buy a bigger GPU", "instead of a 4090").
 */
final class LabText {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|never|nor|without|avoid\\w*|instead of|rather than|skip\\w*|against|don't|dont|won't|wont"
                    + "|isn't|didn't|doesn't|shouldn't|can't|cannot|no need)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;!?:\\n]|,\\s*(?:but|so|and then)\\b|\\bbut\\b");
    private static final Pattern MEASUREMENT = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s?(?:%|°\\s?c\\b|(?:percent|[kmgt]i?b|gi|ghz|mhz|c|w|watts?|rpm|k?tokens?|k|tok/s"
                    + "|it/s|minutes?|mins?|seconds?|s|hours?|h|cores?|threads?|x|gpus?)\\b)");
    private static final Pattern INVENTORY_FIELD = Pattern.compile(
            "nvidia-smi|rocm-smi|free -h|df -h|lscpu|lsblk|lspci|system_profiler|use%|usepercent|inventory|memory\\.total"
                    + "|\\bswap\\b|\\bavail(?:able)?\\b");
    private static final int QUOTE_LIMIT = 70;

    private LabText() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Lower case, typographic quotes and dashes straightened, runs of white space collapsed (line breaks kept). */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("[^\\S\\n]+", " ").replaceAll(" ?\\n\\s*", "\n").strip();
    }

    /** For comparing checklist texts: folded, punctuation dropped. */
    static String comparable(String text) {
        return fold(text).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }

    /** The first match of the pattern that no negation governs, as the learner wrote it. */
    static Optional<String> affirmed(String text, Pattern pattern) {
        String folded = fold(text);
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            if (!negated(folded, m.start())) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** The sentence (as folded) holding the first match of the pattern that no negation governs. */
    static Optional<String> affirmedSentence(String text, Pattern pattern) {
        return sentences(text).stream().filter(s -> affirmed(s, pattern).isPresent()).findFirst();
    }

    /** The sentence holding the first match, negated or not. */
    static Optional<String> sentenceMentioning(String text, Pattern pattern) {
        return sentences(text).stream().filter(s -> pattern.matcher(s).find()).findFirst();
    }

    /** Where the first match no negation governs starts in the folded text, or -1. */
    static int affirmedAt(String text, Pattern pattern) {
        String folded = fold(text);
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            if (!negated(folded, m.start())) {
                return m.start();
            }
        }
        return -1;
    }

    /** The first match, negated or not (for "did they consider X", where "no cloud yet" still considers it). */
    static Optional<String> mentioned(String text, Pattern pattern) {
        Matcher m = pattern.matcher(fold(text));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static boolean negated(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 40), start);
        Matcher end = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (end.find()) {
            clauseStart = end.end();
        }
        return NEGATION.matcher(before.substring(clauseStart)).find();
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;!?:\\n,()]|\\s[\u2014\u2013-]\\s|\\bbut\\b"
            + "|\\bwhile\\b|\\bwhereas\\b|\\bso\\b|\\bbecause\\b");
    private static final Pattern NEGATION_CUE = Pattern.compile("\\b(?:not|no|never|nor|without|instead of|rather than"
            + "|isn't|aren't|wasn't|don't|doesn't|didn't|won't|ruled out)\\b(?!\\s+(?:enough|sufficient|more|left|free"
            + "|longer|space|swap|room|(?:discrete |dedicated |real )?gpu)\\b)(?![^\\w]*$)");
    private static final Pattern DISMISSED_AFTER = Pattern.compile("^\\s*(?:(?:is|are|'s|was|were)\\s+(?:not|no"
            + " longer|never)\\b(?!\\s+(?:enough|sufficient|big enough|large enough|fast enough))|(?:isn't|aren't|wasn't)"
            + "\\b(?!\\s+(?:enough|sufficient))|(?:is|are|'s|seems?|looks?)\\s+(?:fine|ok|okay|plenty|enough|sufficient"
            + "|no (?:issue|problem|concern)|not an? (?:issue|problem|concern)|irrelevant)\\b|(?:can|could|will|should)"
            + " wait\\b|waits?\\b|comes? (?:second|later|last)\\b)");

    /**
     * Whether the mention at [start, end) of the folded text is ruled out in its clause: a negation cue shortly before
     * it ("not the GPU", "instead of a 4090") or a dismissal right after it ("VRAM is not the bottleneck", "RAM is
     * fine", "the GPU can wait"). Shortage is not negation: "not enough RAM", "no space left", "no swap", "no GPU".
     */
    static boolean ruledOut(String folded, int start, int end) {
        int clauseStart = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(folded);
        int clauseEnd = folded.length();
        while (breaks.find()) {
            if (breaks.end() <= start) {
                clauseStart = breaks.end();
            } else if (breaks.start() >= end) {
                clauseEnd = breaks.start();
                break;
            }
        }
        String before = folded.substring(clauseStart, start);
        String tail = before.length() > 30 ? before.substring(before.length() - 30) : before;
        if (NEGATION_CUE.matcher(tail).find()) {
            return true;
        }
        return DISMISSED_AFTER.matcher(folded.substring(end, Math.max(end, clauseEnd))).find();
    }

    /** Where each match of the pattern that is not ruled out starts, in the folded text. */
    static List<Integer> heldAt(String text, Pattern pattern) {
        String folded = fold(text);
        Matcher m = pattern.matcher(folded);
        List<Integer> starts = new java.util.ArrayList<>();
        while (m.find()) {
            if (!ruledOut(folded, m.start(), m.end())) {
                starts.add(m.start());
            }
        }
        return starts;
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
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return "\u201c" + (flat.length() <= QUOTE_LIMIT ? flat : flat.substring(0, QUOTE_LIMIT - 1).stripTrailing()
                + "\u2026") + "\u201d";
    }

    static String joined(String... parts) {
        return String.join("\n", Arrays.stream(parts).filter(p -> !blank(p)).toList());
    }
}
