package dev.praxis.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words an author declares interchangeable ("GPU", "graphics card", "video card"), so that one phrase is enough for
 * every way of saying it: {@link #expand} rewrites a phrase with each other member of each group it uses. Groups are
 * the author's, per course module; the expansion happens once, when a rubric is loaded.
 */
public final class Synonyms {

    /** A phrase grows into at most this many variants, however many groups it touches. */
    private static final int MAX_VARIANTS = 64;

    public static final Synonyms NONE = new Synonyms(List.of());

    private final List<Group> groups;

    private Synonyms(List<Group> groups) {
        this.groups = groups;
    }

    /**
     * @param groups each a list of at least two words or phrases that mean the same in this module
     * @throws IllegalArgumentException when a group has fewer than two members or a member has no words
     */
    public static Synonyms of(List<List<String>> groups) {
        List<Group> compiled = new ArrayList<>();
        for (List<String> members : groups) {
            if (members.size() < 2) {
                throw new IllegalArgumentException("a synonym group needs at least two members: " + members);
            }
            List<String> clean = new ArrayList<>();
            for (String member : members) {
                if (member == null || Tokenizer.tokenize(member).isEmpty() || member.contains("*")) {
                    throw new IllegalArgumentException("synonym '" + member + "' must be words without '*'");
                }
                clean.add(member.strip().toLowerCase(Locale.ROOT));
            }
            compiled.add(new Group(clean));
        }
        return new Synonyms(List.copyOf(compiled));
    }

    /** The phrase and its variants with each group member it contains replaced by each other member. */
    public List<String> expand(String phrase) {
        Set<String> variants = new LinkedHashSet<>(List.of(phrase));
        for (Group group : groups) {
            for (String variant : List.copyOf(variants)) {
                for (int m = 0; m < group.members().size() && variants.size() < MAX_VARIANTS; m++) {
                    Matcher found = group.patterns().get(m).matcher(variant);
                    if (!found.find()) {
                        continue;
                    }
                    for (String other : group.members()) {
                        if (variants.size() < MAX_VARIANTS) {
                            variants.add(found.replaceAll(Matcher.quoteReplacement(other)));
                        }
                    }
                }
            }
        }
        return List.copyOf(variants);
    }

    private record Group(List<String> members, List<Pattern> patterns) {

        Group(List<String> members) {
            this(List.copyOf(members), members.stream()
                    .map(m -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(m) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                    .toList());
        }
    }
}
