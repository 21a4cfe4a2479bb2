package dev.praxis.lab;

import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evidence of a checklist verdict in the page's language. The validators write their findings in English (the
 * stored verdicts, the instructor's list and {@code validate-lab} keep them so); a page in another language shows each
 * finding through the same messages as the page's labels: each validator sentence is a message
 * {@code lab.evidence.NNNN} (English in {@code messages.properties} with {@code {0}, {1} …} for what varies, the
 * translation in {@code messages_<language>.properties}), matched as a whole in key order, its varying parts translated
 * again (a sentence, or the {@code lab.term.*} terms), what it quotes (the learner's words, the inventory's lines)
 * verbatim. A sentence of the module it quotes is shown as that language's module has it ({@code lab.quote.*}, keyed
 * by {@link #quoteKey}). A sentence no message matches is shown as written.
 */
@Component("labEvidence")
public class LabEvidence {

    private static final Pattern QUOTE = Pattern.compile("\u201c[^\u201c\u201d]*\u201d");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?\u201d)])\\s+(?=[A-Z\u00a7\u201c])");

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final int QUOTE_KEY_WORDS = 6;
    private static final int SECTION_KEY_WORDS = 8;

    private static final String SENTENCE_KEYS = "lab.evidence.";
    private static final String TERM_KEYS = "lab.term.";
    /** The message files' name ({@code spring.messages.basename}'s default), read only for which keys they have. */
    private static final String BASENAME = "messages";

    private final Map<String, Optional<Catalog>> catalogs = new ConcurrentHashMap<>();
    private final List<String> sentenceKeys;
    private final List<String> termKeys;
    private final MessageSource messages;

    public LabEvidence(MessageSource messages) {
        this.messages = messages;
        // a MessageSource answers for a key but cannot list them: the keys (and the sentences' order) are the
        // English file's
        Set<String> keys = ResourceBundle.getBundle(BASENAME, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
        this.sentenceKeys = keys.stream().filter(key -> key.startsWith(SENTENCE_KEYS)).sorted().toList();
        this.termKeys = keys.stream().filter(key -> key.startsWith(TERM_KEYS)).sorted().toList();
    }

    /**
     * The language's sentences and terms from the messages; none for English, nor for a language whose messages
     * translate none of them.
     */
    private Optional<Catalog> catalog(String language) {
        if (language == null || language.equals("en")) {
            return Optional.empty();
        }
        return catalogs.computeIfAbsent(language, tag -> {
            Locale locale = Locale.forLanguageTag(tag);
            List<Entry> entries = new ArrayList<>();
            boolean translated = false;
            for (String key : sentenceKeys) {
                String english = messages.getMessage(key, null, Locale.ROOT);
                String own = messages.getMessage(key, null, locale);
                translated |= !own.equals(english);
                entries.add(new Entry(Catalog.template(english), own));
            }
            List<Term> terms = new ArrayList<>();
            for (String key : termKeys) {
                terms.add(Catalog.term(messages.getMessage(key, null, Locale.ROOT), messages.getMessage(key, null,
                        locale)));
            }
            return translated ? Optional.of(new Catalog(entries, terms)) : Optional.empty();
        });
    }

    /** The verdict's evidence as a page in this language shows it. */
    public String of(ChecklistVerdict verdict, String language) {
        Catalog catalog = catalog(language).orElse(null);
        if (catalog == null) {
            return verdict.evidence();
        }
        List<String> sentences = verdict.findings().stream().filter(f -> f.verdict() == verdict.verdict())
                .map(Finding::sentence).distinct().toList();
        if (sentences.isEmpty()) {
            return moduleQuotes(catalog.translate(verdict.evidence()), language);
        }
        return moduleQuotes(String.join(" ", sentences.stream().map(catalog::translate).toList()), language);
    }

    /** One English sentence (or several) in this language. */
    public String sentence(String english, String language) {
        Catalog catalog = catalog(language).orElse(null);
        return catalog == null || english == null ? english : moduleQuotes(catalog.translate(english), language);
    }

    /**
     * The module section a diagnosis rule cites ("§2 Storage: the constraint that grows quietly") as this language's
     * messages name it ({@code lab.section.} and its first eight English words), else as written.
     */
    public String section(String english, String language) {
        if (english == null) {
            return null;
        }
        String key = key("lab.section.", english, SECTION_KEY_WORDS);
        return english.equals(messages.getMessage(key, null, null, Locale.ROOT))
                ? messages.getMessage(key, null, english, Locale.forLanguageTag(language)) : english;
    }

    /** The message key of a sentence of the English module: {@code lab.quote.} and its first six words. */
    static String quoteKey(String english) {
        return key("lab.quote.", english, QUOTE_KEY_WORDS);
    }

    private static String key(String prefix, String english, int count) {
        Matcher word = WORD.matcher(english.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (words.size() < count && word.find()) {
            words.add(word.group());
        }
        return prefix + String.join("-", words);
    }

    /**
     * Each quote that is a sentence of the English module (its key's English message is exactly the quote) becomes
     * this language's sentence; the learner's words and the inventory's lines are never module sentences.
     */
    private String moduleQuotes(String text, String language) {
        Matcher quote = QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (quote.find()) {
            String inner = quote.group().substring(1, quote.group().length() - 1);
            String key = quoteKey(inner);
            String own = inner.equals(messages.getMessage(key, null, null, Locale.ROOT))
                    ? messages.getMessage(key, null, null, Locale.forLanguageTag(language)) : null;
            quote.appendReplacement(out, Matcher.quoteReplacement(own == null ? quote.group() : "\u201c" + own
                    + "\u201d"));
        }
        return quote.appendTail(out).toString();
    }

    private record Entry(Pattern english, String translated) {
    }

    private record Term(Pattern english, String translated) {
    }

    /** One language's sentences and terms. */
    static final class Catalog {

        private final List<Entry> entries;
        private final List<Term> terms;

        Catalog(List<Entry> entries, List<Term> terms) {
            this.entries = List.copyOf(entries);
            // the longest term first, so that a phrase wins over the words in it
            this.terms = terms.stream().sorted(Comparator.comparingInt((Term t) -> t.english().pattern().length())
                    .reversed()).toList();
        }

        /** A term, matched as whole words, never as part of a field or command ("memory.totalBytes"). */
        static Term term(String english, String translated) {
            return new Term(Pattern.compile("(?<![\\w.-])" + Pattern.quote(english.strip()) + "(?![\\w-]|\\.\\w)"),
                    translated.strip());
        }

        /** The English sentence as a pattern: {@code {0}, {1} …} in order, each a group of its own. */
        static Pattern template(String english) {
            StringBuilder regex = new StringBuilder("^");
            String[] parts = english.split("\\{\\d+}", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(parts[i].isEmpty() ? "" : Pattern.quote(parts[i]));
                if (i < parts.length - 1) {
                    // a varying part never ends inside a quote: "i.e. 32 GB" in the learner's words is not a sentence end
                    regex.append("((?:\u201c[^\u201c\u201d]*\u201d|[^\u201c])+?)");
                }
            }
            return Pattern.compile(regex.append("$").toString(), Pattern.DOTALL);
        }

        /**
         * Sentence by sentence: the longest run of sentences that one entry matches as a whole (some entries span two
         * sentences), else the sentence's terms.
         */
        String translate(String english) {
            if (english == null || english.isBlank() || QUOTE.matcher(english.strip()).matches()) {
                return english;
            }
            List<String> sentences = sentences(english.strip());
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < sentences.size()) {
                String translated = null;
                int j = sentences.size() - 1;
                for (; j >= i && translated == null; j--) {
                    translated = entry(String.join(" ", sentences.subList(i, j + 1)));
                }
                if (translated == null) {
                    out.add(terms(sentences.get(i)));
                    i++;
                } else {
                    out.add(translated);
                    i = j + 2;
                }
            }
            return String.join(" ", out);
        }

        private String entry(String english) {
            for (Entry entry : entries) {
                Matcher m = entry.english().matcher(english);
                if (m.matches()) {
                    String out = entry.translated();
                    for (int group = m.groupCount(); group >= 1; group--) {
                        out = out.replace("{" + (group - 1) + "}", translate(m.group(group)));
                    }
                    return out;
                }
            }
            return null;
        }

        /** The sentences of a text; a quote is never split ("i.e. 32 GB" in the learner's words). */
        private static List<String> sentences(String text) {
            StringBuilder masked = new StringBuilder(text);
            Matcher quote = QUOTE.matcher(text);
            while (quote.find()) {
                for (int k = quote.start() + 1; k < quote.end() - 1; k++) {
                    masked.setCharAt(k, 'x');
                }
            }
            List<String> sentences = new ArrayList<>();
            Matcher end = SENTENCES.matcher(masked);
            int at = 0;
            while (end.find()) {
                sentences.add(text.substring(at, end.start()));
                at = end.end();
            }
            sentences.add(text.substring(at));
            return sentences;
        }

        /** The terms translated outside quotes. */
        private String terms(String text) {
            StringBuilder out = new StringBuilder();
            Matcher quote = QUOTE.matcher(text);
            int at = 0;
            while (quote.find()) {
                out.append(termsIn(text.substring(at, quote.start()))).append(quote.group());
                at = quote.end();
            }
            return out.append(termsIn(text.substring(at))).toString();
        }

        private String termsIn(String text) {
            String out = text;
            for (Term term : terms) {
                out = term.english().matcher(out).replaceAll(Matcher.quoteReplacement(term.translated()));
            }
            return out;
        }
    }
}
