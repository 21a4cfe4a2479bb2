package dev.praxis.quiz.grading;

import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers an answer gives against the figures its rubric's ideas carry ({@link Figure}). A number counts where it
 * stands in a clause with one of a figure's {@code near} phrases held by the writer (not denied, not someone else's
 * view, not asked): "GPUs start slowing down at 45 °C" is judged, "it idles at 60 °C, then throttles" is a reading; where several figures share a unit, the one whose phrase stands nearest the number judges
 * it ("at 4-bit … 4 GB, at fp16 … 14 GB"). A range ("83-90 °C") contradicts only when it lies wholly outside.
 */
final class Figures {

    static final String WRONG_FIGURE = "wrong-figure";
    /** A number with optional thousands separators and "k" ("1,200", "3k", "0.5"). */
    private static final String ONE = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(k)?";
    private static final String NUMBER = "(?<![\\d.,])" + ONE + "(?:\\s*(?:-|–|to)\\s*" + ONE + ")?\\s*";
    private static final Pattern BILLIONS = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:b|bn|billion)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** The first figure the answer contradicts, as a flag that tells what the module's figure is. */
    /** The two forms of a figure in a unit, by unit (identity; a rubric's units live as long as the rubric). */
    private static final com.github.benmanes.caffeine.cache.Cache<Pattern, Pattern[]> FORMS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().build();

    /** "4 GB", "45 °C", "5 cents" with the unit after the number; "$250", "€1,200" with a sign before it. */
    private static Pattern[] forms(Pattern unit) {
        return new Pattern[] {
            Pattern.compile(NUMBER + "(?:" + unit.pattern() + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?<![\\p{L}\\d])(?:" + unit.pattern() + ")\\s*" + NUMBER + "(?![\\p{L}\\d])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        };
    }

    static Optional<GradeResult.Flag> contradicted(List<Concept> concepts, AnalysedText text) {
        List<Figure> figures = concepts.stream().flatMap(c -> c.figures().stream()).toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        String original = text.original();
        for (Figure figure : figures) {
            // "4 GB", "45 °C", "5 cents" with the unit after the number; "$250", "€1,200" with a sign before it
            Pattern[] forms = FORMS.get(figure.unit(), Figures::forms);
            Matcher after = forms[0].matcher(original);
            Matcher before = forms[1].matcher(original);
            for (Matcher given : List.of(after, before)) {
            while (given.find()) {
                if (given == before && given.group().chars().takeWhile(c -> !Character.isDigit(c))
                        .anyMatch(Character::isLetter)) {
                    continue; // only a sign stands before its number ("$250"), not a word ("GB 4")
                }
                Token at = tokenAt(text, given.start());
                if (at == null || nearest(figures, figure, text, given, at) != figure) {
                    continue;
                }
                double low = number(given.group(1), given.group(2));
                double high = given.group(3) == null ? low : number(given.group(3), given.group(4));
                double scale = 1;
                if (figure.perBillionParameters()) {
                    Optional<Double> billions = billionsNear(text, at.sentence(), given.start());
                    if (billions.isEmpty()) {
                        continue;
                    }
                    scale = billions.get();
                }
                if (high < figure.low() * scale || low > figure.high() * scale) {
                    return Optional.of(new GradeResult.Flag(WRONG_FIGURE, "Check the figure \""
                            + given.group().strip() + "\": " + figure.says()));
                }
            }
            }
        }
        return Optional.empty();
    }

    /** "1,200" is 1200, "3k" 3000. */
    private static double number(String digits, String thousands) {
        double value = Double.parseDouble(digits.replace(",", ""));
        return thousands == null ? value : value * 1000;
    }

        /** The figure of this unit whose held phrase stands nearest the number in its clause, or null. */
    private static Figure nearest(List<Figure> figures, Figure own, AnalysedText text, Matcher given, Token at) {
        Figure best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Figure figure : figures) {
            if (figure != own && !figure.unit().pattern().equals(own.unit().pattern())) {
                continue;
            }
            for (Match match : figure.near().matches(text)) {
                Token first = text.tokens().get(match.span().first());
                Token last = text.tokens().get(match.span().last());
                boolean sameClause = first.sentence() == at.sentence() && first.clause() == at.clause()
                        || last.sentence() == at.sentence() && last.clause() == at.clause();
                if (!sameClause || !match.held()) {
                    continue;
                }
                int distance = last.end() <= given.start() ? given.start() - last.end()
                        : Math.max(0, first.start() - given.end());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = figure;
                }
            }
        }
        return best;
    }

    /** The model size in billions of parameters named nearest the number in the same sentence. */
    private static Optional<Double> billionsNear(AnalysedText text, int sentence, int at) {
        Matcher size = BILLIONS.matcher(text.original());
        Double best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (size.find()) {
            Token token = tokenAt(text, size.start());
            if (token != null && token.sentence() == sentence && Math.abs(size.start() - at) < bestDistance) {
                bestDistance = Math.abs(size.start() - at);
                best = Double.parseDouble(size.group(1));
            }
        }
        return Optional.ofNullable(best).filter(b -> b > 0);
    }

    /** The word at (or first after) a character offset of the original text, null if none. */
    private static Token tokenAt(AnalysedText text, int offset) {
        for (Token token : text.tokens()) {
            if (token.end() > offset) {
                return token;
            }
        }
        return null;
    }
}
