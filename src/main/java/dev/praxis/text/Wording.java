package dev.praxis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The ways an idea can be said: phrases (matched over stems, tolerant of case, punctuation and inflection) and,
 * where a phrase is not enough, regular expressions over the original text. Each occurrence comes back as a
 * {@link Match} carrying the writer's stance, so the caller decides what counts: a concept is earned by a held
 * idea, a misconception shown by an asserted one.
 */
public record Wording(List<Phrase> phrases, List<Pattern> patterns) {

    public Wording {
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
    }

    /** A wording of phrases only, compiled with {@link Phrase#compile}. */
    public static Wording of(String... phrases) {
        return new Wording(java.util.Arrays.stream(phrases).map(Phrase::compile).toList(), List.of());
    }

    /** Every occurrence in the text, earliest first (the longest where several start at the same word). */
    public List<Match> matches(AnalysedText text) {
        return hits(text).stream().map(hit -> match(text, hit)).toList();
    }

    /** The earliest occurrence that satisfies the test, e.g. {@code Match::held}; later ones are not read. */
    public Optional<Match> first(AnalysedText text, Predicate<Match> test) {
        for (Hit hit : hits(text)) {
            Match match = match(text, hit);
            if (test.test(match)) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }

    /** A denial phrase met by its negated rest ("won't be the bottleneck" for "not the bottleneck") is held. */
    private static Match match(AnalysedText text, Hit hit) {
        Span span = hit.span();
        return new Match(span, text.quote(span), text.context(span), text.stance(span),
                !hit.denial() && text.negated(span));
    }

    /**
     * Where the phrases and patterns occur, one per starting word (the longest), in text order; found once per text
     * (a grader asks the same wording whether it is held, asserted, rejected, taken back …).
     */
    private List<Hit> hits(AnalysedText text) {
        return text.found(this, this::find);
    }

    private List<Hit> find(AnalysedText text) {
        List<Hit> hits = new ArrayList<>();
        for (Phrase phrase : phrases) {
            phrase.occurrences(text).forEach(span -> hits.add(new Hit(span, false)));
            phrase.denied().ifPresent(rest -> rest.occurrences(text).stream().filter(text::negated)
                    .forEach(span -> hits.add(new Hit(span, true))));
        }
        for (Pattern pattern : patterns) {
            for (MatchResult m : BoundedRegex.findAll(pattern, text.original())) {
                int first = firstTokenFrom(text, m.start());
                int last = lastTokenBefore(text, m.end());
                if (first >= 0 && last >= first) {
                    hits.add(new Hit(new Span(first, last), false));
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit hit) -> hit.span().first())
                .thenComparing(Comparator.comparingInt((Hit hit) -> hit.span().last()).reversed()));
        List<Hit> distinct = new ArrayList<>();
        for (Hit hit : hits) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).span().first() != hit.span().first()) {
                distinct.add(hit);
            }
        }
        return List.copyOf(distinct);
    }

    /** An occurrence; {@code denial} when a "not …" phrase matched its rest under a negation. */
    private record Hit(Span span, boolean denial) {
    }

    private static int firstTokenFrom(AnalysedText text, int offset) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenBefore(AnalysedText text, int offset) {
        List<Token> tokens = text.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < offset) {
                return i;
            }
        }
        return -1;
    }
}
