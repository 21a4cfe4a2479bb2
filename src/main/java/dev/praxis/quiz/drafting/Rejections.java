package dev.praxis.quiz.drafting;

import dev.praxis.quiz.drafting.Words.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ideas a model answer turns down: "X rather than Y", "instead of Y", "not Y", "Y would not help", "Y would only
 * postpone it", "Y is a stopgap". Their words must not earn a concept, and a learner who recommends them shows a
 * misconception.
 */
final class Rejections {

    private static final Set<String> FORWARD_PAIRS = Set.of("rather than", "instead of", "not by", "never by");
    private static final Set<String> BACKWARD_AFTER_MODAL = Words.stems("not", "only", "never", "just", "merely");
    private static final Set<String> MODALS = Words.stems("would", "will", "does", "do", "did", "is", "are", "can",
            "could", "should", "cannot", "won", "doesn", "isn", "wouldn");
    /** What a rejected idea fails to do: "X would not help", "X would only postpone it". */
    private static final Set<String> REMEDY = Words.stems("help", "fix", "solve", "work", "matter", "stop",
            "prevent", "cure", "postpone", "delay", "hide", "mask", "shrink", "change", "improve", "address",
            "remove", "undo", "un-leak", "save", "protect", "avoid", "bring", "speed");
    /** What a rejected idea would do wrong: "raising it to 5% would hide real incidents", "777 would expose them". */
    private static final Set<String> HARM = Words.stems("lose", "hide", "break", "expose", "leak", "miss", "corrupt",
            "waste", "mask", "bury", "swallow", "lock", "overload", "flood", "crash");
    private static final Set<String> STOPGAP = Words.stems("stopgap", "workaround", "band-aid", "bandaid",
            "mistake", "pitfall", "antipattern", "anti-pattern");
    private static final Set<String> SKIP = Words.stems("a", "an", "the", "that", "this", "those", "these", "any",
            "to", "more", "with", "on", "in", "by", "of", "your", "its", "their", "for");

    /** Words that only carry the rejected action: "not to keep recreating the claim" rejects recreating the claim. */
    private static final Set<String> LEADING = Words.stems("keep", "just", "simply", "always", "blindly", "go");

    /** Auxiliaries before "not" that deny a fact ("a reset does not delete commits", "X can't be recovered"). */
    private static final Set<String> AUXILIARIES = Words.stems("does", "do", "did", "doesn", "don", "didn", "is",
            "are", "isn", "aren", "was", "wasn", "has", "have", "hasn", "haven");

    private Rejections() {
    }

    /**
     * Facts the answer denies, each as its verb and object: "a reset does not delete commits" gives [delete, commits].
     * A learner who asserts one ("reset deletes the commits") says the opposite of the module.
     */
    static List<List<Word>> deniedFacts(String sentence) {
        List<Word> words = Words.of(sentence);
        List<List<Word>> denied = new ArrayList<>();
        for (int i = 1; i + 1 < words.size(); i++) {
            String w = words.get(i).text();
            boolean not = w.equals("not") || w.equals("t") || w.equals("n't");
            if (!not || !AUXILIARIES.contains(words.get(i - 1).stem())) {
                continue;
            }
            Word verb = words.get(i + 1);
            if (!verb.meaningful() || REMEDY.contains(verb.stem()) || verb.code()
                    || clauseBreak(sentence, words.get(i).end(), verb.start())) {
                continue;
            }
            List<Word> object = forward(sentence, words, i + 2);
            if (!object.isEmpty() && object.get(0).distinctive()) {
                denied.add(List.of(verb, object.get(0)));
            }
        }
        return denied;
    }

    /**
     * Actions the answer forbids, each as its verb and up to three words of its object: "Do not reach for `chmod 777`"
     * gives [reach, chmod, 777], "don't just delete the old entry" [delete, old, entry]. Only where "do not", "don't"
     * or "never" opens a clause: an instruction, not a statement about something.
     */
    static List<List<Word>> forbidden(String sentence) {
        List<Word> words = Words.of(sentence);
        List<List<Word>> forbidden = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            int verb;
            if ((w.equals("not") || w.equals("t")) && i > 0 && Set.of("do", "don").contains(words.get(i - 1).text())
                    && opensClause(sentence, words, i - 1)) {
                verb = i + 1;
            } else if (w.equals("never") && opensClause(sentence, words, i)) {
                verb = i + 1;
            } else {
                continue;
            }
            while (verb < words.size() && Set.of("just", "simply", "ever", "blindly").contains(words.get(verb).text())) {
                verb++;
            }
            if (verb >= words.size() || !words.get(verb).meaningful() || words.get(verb).code()) {
                continue;
            }
            List<Word> action = new ArrayList<>();
            action.add(words.get(verb));
            action.addAll(forward(sentence, words, verb + 1));
            if (action.size() >= 2) {
                forbidden.add(List.copyOf(action));
            }
        }
        return forbidden;
    }

    private static boolean opensClause(String sentence, List<Word> words, int i) {
        return i == 0 || clauseBreak(sentence, words.get(i - 1).end(), words.get(i).start())
                || words.get(i - 1).text().equals("and") || words.get(i - 1).text().equals("but");
    }

    /**
     * Whether the sentence is about a rejected idea ("X would only postpone it", "X is a stopgap") rather than a choice
     * that names the rejected one in passing ("X instead of Y", "X, not Y").
     */
    static boolean aboutRejected(String sentence) {
        List<Word> words = Words.of(sentence);
        for (int i = 1; i < words.size(); i++) {
            if (BACKWARD_AFTER_MODAL.contains(words.get(i).stem()) && MODALS.contains(words.get(i - 1).stem())
                    && remedyFollows(words, i + 1) || STOPGAP.contains(words.get(i).stem()) || harms(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** The rejected ideas of one sentence, each as its meaningful words in order (one to three of them). */
    static List<List<Word>> in(String sentence) {
        List<Word> words = Words.of(sentence);
        List<List<Word>> rejected = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String pair = i + 1 < words.size() ? words.get(i).text() + " " + words.get(i + 1).text() : "";
            if (FORWARD_PAIRS.contains(pair)) {
                add(rejected, forward(sentence, words, i + 2));
            } else if (words.get(i).text().equals("not") && i > 0 && !MODALS.contains(words.get(i - 1).stem())
                    && i + 1 < words.size() && !words.get(i + 1).text().equals("only") && !deniedClause(words, i + 1)) {
                add(rejected, forward(sentence, words, i + 1));
            } else if (BACKWARD_AFTER_MODAL.contains(words.get(i).stem()) && i > 0
                    && MODALS.contains(words.get(i - 1).stem()) && remedyFollows(words, i + 1)) {
                add(rejected, subject(sentence, words, i - 1));
            } else if (STOPGAP.contains(words.get(i).stem())) {
                add(rejected, subject(sentence, words, copula(words, i)));
            } else if (harms(words, i)) {
                add(rejected, subject(sentence, words, words.get(i - 1).stem().equals("would")
                        || words.get(i - 1).stem().equals("will") ? i - 1 : i - 2));
            }
        }
        return rejected;
    }

    /** Words after "not" that open a clause: "not because …", "not when …". */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("because", "when", "if", "until",
            "since", "whether", "while");
    /** Words after "not that" that make it a clause ("not that the network is up") rather than "not that option". */
    private static final java.util.Set<String> CLAUSE_SUBJECTS = java.util.Set.of("the", "a", "an", "it", "there",
            "you", "we", "they", "he", "she", "its", "any", "every", "all");

    /**
     * Whether "not" at {@code i - 1} denies a statement ("only means it started, not that the network is up"; "not
     * because the disk is slow") rather than naming an idea turned down ("a restore test, not a green tick"): a denied
     * statement rules no option out, and the model answer may well recommend its words.
     */
    static boolean deniedClause(List<Word> words, int i) {
        String next = words.get(i).text();
        return CLAUSE_OPENERS.contains(next) || next.equals("that") && i + 1 < words.size()
                && CLAUSE_SUBJECTS.contains(words.get(i + 1).text());
    }

    /** Adds the idea, split where "or" / "and" join two of them ("adding indexes or switching settings"). */
    private static void add(List<List<Word>> rejected, List<Word> idea) {
        List<Word> part = new ArrayList<>();
        for (Word word : idea) {
            if (word.text().equals("or") || word.text().equals("and")) {
                addPart(rejected, part);
                part = new ArrayList<>();
            } else {
                part.add(word);
            }
        }
        addPart(rejected, part);
    }

    private static void addPart(List<List<Word>> rejected, List<Word> idea) {
        if (!idea.isEmpty() && idea.stream().anyMatch(Word::distinctive)) {
            rejected.add(List.copyOf(idea));
        }
    }

    /** "X is the usual mistake": the subject stands before "is", past the words that qualify the noun. */
    private static int copula(List<Word> words, int noun) {
        for (int j = noun - 1; j >= 1 && noun - j <= 3; j--) {
            if (Set.of("is", "are", "was", "were").contains(words.get(j).text())) {
                return j;
            }
        }
        return noun;
    }

    /** "would hide", "would also lose": a modal (and at most an adverb) before a harm done. */
    private static boolean harms(List<Word> words, int i) {
        if (i < 1 || !HARM.contains(words.get(i).stem())) {
            return false;
        }
        String before = words.get(i - 1).stem();
        boolean modal = before.equals("would") || before.equals("will");
        boolean adverb = i >= 2 && Set.of("also", "only", "just", "still", "then").contains(words.get(i - 1).text())
                && (words.get(i - 2).stem().equals("would") || words.get(i - 2).stem().equals("will"));
        return modal || adverb;
    }

    private static boolean remedyFollows(List<Word> words, int from) {
        for (int i = from; i < words.size() && i < from + 3; i++) {
            if (REMEDY.contains(words.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /** Up to three meaningful words from {@code from}, stopping at punctuation that ends the clause. */
    private static List<Word> forward(String sentence, List<Word> words, int from) {
        List<Word> idea = new ArrayList<>();
        for (int i = from; i < words.size() && idea.size() < 3; i++) {
            if (i > from && clauseBreak(sentence, words.get(i - 1).end(), words.get(i).start())) {
                break;
            }
            Word word = words.get(i);
            if ((SKIP.contains(word.stem()) || idea.isEmpty() && LEADING.contains(word.stem())) && idea.isEmpty()) {
                continue;
            }
            if (!word.meaningful()) {
                break;
            }
            idea.add(word);
        }
        return idea;
    }

    /** The last meaningful words of the clause before {@code before} (its subject, as these sentences go). */
    private static List<Word> subject(String sentence, List<Word> words, int before) {
        List<Word> idea = new ArrayList<>();
        for (int i = before - 1; i >= 0 && idea.size() < 6; i--) {
            if (clauseBreak(sentence, words.get(i).end(), words.get(i + 1).start())) {
                break;
            }
            Word word = words.get(i);
            if (word.meaningful() || word.text().equals("or") || word.text().equals("and")) {
                idea.add(0, word);
            } else if (!idea.isEmpty() && !SKIP.contains(word.stem())) {
                break;
            }
        }
        return idea;
    }

    private static boolean clauseBreak(String sentence, int from, int to) {
        String between = sentence.substring(Math.min(from, to), Math.max(from, to));
        return between.contains(",") || between.contains(";") || between.contains(":") || between.contains("(")
                || between.contains(")") || between.contains("\u2014");
    }
}
