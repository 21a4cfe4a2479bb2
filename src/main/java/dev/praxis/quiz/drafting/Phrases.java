package dev.praxis.quiz.drafting;

import dev.praxis.quiz.drafting.Words.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses rubric phrases for one sentence of a model answer: its code, the pairs of meaningful words that name its
 * idea ("composite index", "deterministic * id"), and its rarer single words with their common synonyms. Words the
 * question already contains, and words of ideas the answer rejects, are left out: repeating the question or naming the
 * rejected option earns nothing.
 */
final class Phrases {

    static final int MAX = 14;
    private static final int MAX_GAP = 3;

    /** Everyday paraphrases of words model answers use, matched both ways through the stem of the key. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("temporary", List.of("short-lived", "short lived", "expiring")),
            Map.entry("expire", List.of("expiry", "expiration", "time out")),
            Map.entry("automatically", List.of("automatic", "auto", "on its own", "by itself")),
            Map.entry("automate", List.of("automatic", "automation", "script")),
            Map.entry("remove", List.of("delete", "drop", "get rid of")),
            Map.entry("delete", List.of("remove", "drop", "get rid of")),
            Map.entry("drop", List.of("remove", "delete", "get rid of")),
            Map.entry("rotate", List.of("change", "replace", "regenerate", "new password", "new key")),
            Map.entry("revoke", List.of("invalidate", "cancel")),
            Map.entry("increase", List.of("raise", "grow", "bump", "higher")),
            Map.entry("raise", List.of("increase", "bump", "higher")),
            Map.entry("reduce", List.of("lower", "decrease", "shrink", "cut", "less")),
            Map.entry("lower", List.of("reduce", "decrease", "shorter", "smaller")),
            Map.entry("leak", List.of("leaking", "grows", "growing", "never freed")),
            Map.entry("compromised", List.of("leaked", "exposed", "stolen", "public")),
            Map.entry("unreachable", List.of("orphaned", "dangling", "not referenced")),
            Map.entry("stale", List.of("outdated", "old", "out of date")),
            Map.entry("outdated", List.of("stale", "out of date", "old")),
            Map.entry("identical", List.of("same", "exact", "matching")),
            Map.entry("authoritative", List.of("authority", "owning", "responsible")),
            Map.entry("cache", List.of("cached", "caching")),
            Map.entry("immediately", List.of("right away", "at once", "straight away", "now")),
            Map.entry("concurrently", List.of("concurrent", "online", "without locking", "without blocking")),
            Map.entry("thrashing", List.of("swapping", "swap storm", "paging")),
            Map.entry("verify", List.of("check", "validate", "confirm")),
            Map.entry("validate", List.of("check", "verify")),
            Map.entry("monitor", List.of("watch", "track", "alert", "observe")),
            Map.entry("measure", List.of("track", "record", "monitor", "profile")),
            Map.entry("consistent", List.of("in sync", "unchanged", "intact")),
            Map.entry("intact", List.of("unchanged", "preserved", "consistent")),
            Map.entry("diverged", List.of("diverge", "broken", "conflict", "out of sync")),
            Map.entry("invalid", List.of("not allowed", "illegal", "forbidden", "rejected")),
            Map.entry("selectively", List.of("only the", "just the", "specifically")),
            Map.entry("disable", List.of("turn off", "switch off", "deactivate")),
            Map.entry("enable", List.of("turn on", "switch on", "activate")),
            Map.entry("remain", List.of("stay", "still there", "left in place")),
            Map.entry("unused", List.of("not used", "never used", "nobody uses", "no longer used")),
            Map.entry("insufficient", List.of("not enough", "too little", "run out")),
            Map.entry("incur", List.of("pay for", "paying for", "billed")),
            Map.entry("utilization", List.of("usage", "how busy")),
            Map.entry("configuration", List.of("config", "settings")),
            Map.entry("simultaneous", List.of("at the same time", "at once", "concurrent")),
            Map.entry("inspect", List.of("look at", "examine", "check")),
            Map.entry("identify", List.of("find out", "figure out", "pinpoint")),
            Map.entry("retain", List.of("keep", "hold on to", "remember")),
            Map.entry("ensure", List.of("make sure", "guarantee")),
            Map.entry("prevent", List.of("stop", "avoid", "block")),
            Map.entry("insecure", List.of("not safe", "unsafe")),
            Map.entry("exhausted", List.of("used up", "run out", "full")),
            Map.entry("malformed", List.of("broken", "corrupt", "corrupted", "invalid", "garbage")),
            Map.entry("consume", List.of("read by", "processed by", "handled by")),
            Map.entry("forever", List.of("again and again", "over and over", "endlessly", "in a loop")),
            Map.entry("idle", List.of("do nothing", "get nothing", "nothing to do", "sit around", "just wait")),
            Map.entry("skipped", List.of("never processed", "lost", "jumped over")),
            Map.entry("external", List.of("public", "internet-facing", "outside")),
            Map.entry("conflict", List.of("fight", "fighting", "work against each other", "feedback loop")),
            Map.entry("forget", List.of("no longer remembers", "doesn't remember", "does not remember", "unknown")),
            Map.entry("wins", List.of("takes precedence", "takes effect", "overrides", "is winning")),
            Map.entry("hide", List.of("mask", "masks", "barely move", "drowned out")),
            Map.entry("forgotten", List.of("no longer remembers", "doesn't remember", "does not remember", "unknown")),
            Map.entry("deterministic", List.of("same delays", "predictable", "fixed schedule", "identical")),
            Map.entry("saturated", List.of("saturation", "queueing", "queuing")),
            Map.entry("utilized", List.of("utilization", "maxed", "pegged")));

    private Phrases() {
    }

    /**
     * @param excluded stems that earn nothing in this question (its own words, rejected ideas)
     * @param topical  stems the whole quiz uses (its subject): they never make a phrase alone
     */
    static List<String> of(String sentence, Set<String> excluded, Set<String> topical) {
        List<Word> words = Words.of(sentence);
        Set<String> phrases = new LinkedHashSet<>();
        code(words, excluded, phrases);
        List<String> pairs = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word a = words.get(i);
            if (!a.meaningful()) {
                continue;
            }
            for (int j = i + 1; j < words.size() && j - i - 1 <= MAX_GAP; j++) {
                Word b = words.get(j);
                if (breaks(sentence, words.get(j - 1), b)) {
                    break;
                }
                if (!b.meaningful() || a.stem().equals(b.stem())) {
                    continue;
                }
                boolean useful = (a.distinctive() && !excluded.contains(a.stem()))
                        || (b.distinctive() && !excluded.contains(b.stem()));
                if (useful && (a.distinctive() || b.distinctive())) {
                    if (j == i + 1) {
                        // "versioned name" also says "versioned file names"
                        pairs.add(a.text() + " * " + b.text());
                    } else if (a.distinctive() && b.distinctive() && !(CommonWords.STEMS.contains(a.stem())
                            && CommonWords.STEMS.contains(b.stem()))) {
                        gaps.add(a.text() + " * " + b.text());
                    }
                }
                break;
            }
        }
        phrases.addAll(pairs);
        for (Word word : words) {
            // a command the whole quiz uses ("chmod", "kubectl") names its subject, not this answer's idea
            if (single(word, excluded) && (word.acronym() && !word.code() || !topical.contains(word.stem()))) {
                phrases.add(word.text());
                // a name in code ("increase()", "drop") is that name, not the everyday word's paraphrases
                SYNONYMS.entrySet().stream().filter(e -> !word.code()).filter(e -> Words.stems(e.getKey()).contains(word.stem()))
                        .forEach(e -> e.getValue().stream().filter(Phrases::specific).forEach(phrases::add));
            }
        }
        phrases.addAll(gaps);
        return phrases.stream().limit(MAX).toList();
    }

    /**
     * Every meaningful word of a reason that neither the question nor the decision uses: a reason only separates a
     * correct answer from a partial one among answers that already made the decision, so it may be read loosely.
     */
    static List<String> lenientSingles(String sentence, Set<String> excluded, Set<String> topical) {
        Set<String> singles = new LinkedHashSet<>();
        for (Word word : Words.of(sentence)) {
            if (word.distinctive() && word.text().length() >= 4 && !excluded.contains(word.stem())
                    && !topical.contains(word.stem())) {
                singles.add(word.text());
            }
        }
        return List.copyOf(singles);
    }

    /** A synonym specific enough to stand alone: several words, or one rare word ("same" is not). */
    private static boolean specific(String synonym) {
        List<Word> words = Words.of(synonym);
        return words.size() > 1 || (words.size() == 1 && single(words.get(0), Set.of()));
    }

    /** A word rare enough to name an idea alone. */
    private static boolean single(Word word, Set<String> excluded) {
        if (!word.distinctive() || excluded.contains(word.stem())) {
            return false;
        }
        if (word.code() || word.acronym()) {
            return true;
        }
        if (CommonWords.STEMS.contains(word.stem()) || word.text().endsWith("ly")) {
            return false;
        }
        return word.text().length() >= 5 || word.code() || word.text().chars().anyMatch(Character::isDigit);
    }

    /** Code spans of one to three words that say something the question does not. */
    private static void code(List<Word> words, Set<String> excluded, Set<String> phrases) {
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).code()) {
                i++;
                continue;
            }
            int start = i;
            while (i < words.size() && words.get(i).code() && i - start < 8
                    && (i == start || words.get(i).start() - words.get(i - 1).end() <= 2)) {
                i++;
            }
            List<Word> span = segment(words.subList(start, i));
            if (span.stream().anyMatch(w -> !excluded.contains(w.stem()) && w.meaningful())) {
                phrases.add(String.join(" ", span.stream().map(Word::text).toList()));
            }
        }
    }

    /** The first words of a code span up to a gap (a comma or an operator between words), at most three. */
    private static List<Word> segment(List<Word> span) {
        int end = 1;
        while (end < span.size() && end < 3 && span.get(end).start() - span.get(end - 1).end() <= 1) {
            end++;
        }
        return span.subList(0, end);
    }

    private static boolean breaks(String sentence, Word previous, Word next) {
        String between = sentence.substring(previous.end(), next.start());
        return between.contains(",") || between.contains(";") || between.contains(":") || between.contains("(")
                || between.contains(")") || between.contains(".") || between.contains("\u2014");
    }
}
