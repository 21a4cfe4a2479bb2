package dev.praxis.quiz.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The explaining sections of a module's lesson (its H2 and H3 headings with the prose under them), and which of them
 * best covers a concept: a drafted concept names that heading, so a learner whose answer misses the concept is sent to
 * the part of the lesson that explains it. Headings that explain nothing (the quiz, exercises, outcomes, the
 * common-mistakes table) are never chosen.
 */
final class ModuleSections {

    /** Sections that do not explain a concept: where a learner should not be sent to read again. */
    private static final Pattern NOT_EXPLAINING = Pattern.compile("(?i)\\b(?:quiz|hands-on|exercises?|tasks?|"
            + "learning outcomes|what you'll|what you will|why this module|further reading|next module|summary|"
            + "key takeaways|common mistakes|prerequisites|question \\d+|solution|answer)\\b");
    /** A heading word counts this many times a word of the prose below it. */
    private static final double HEADING_WEIGHT = 2;
    /** Below this score no section covers the concept well enough to send a learner there. */
    private static final double MIN_SCORE = 1.0;

    private record Section(String title, Set<String> heading, Set<String> body) {
    }

    private final List<Section> sections;
    /** In how many sections each stem occurs: a word every section uses points nowhere. */
    private final Map<String, Integer> spread = new HashMap<>();

    private ModuleSections(List<Section> sections) {
        this.sections = sections;
        for (Section section : sections) {
            Set<String> all = new HashSet<>(section.heading());
            all.addAll(section.body());
            all.forEach(stem -> spread.merge(stem, 1, Integer::sum));
        }
    }

    static ModuleSections of(String proseHtml) {
        List<Section> sections = new ArrayList<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (Element element : Jsoup.parseBodyFragment(proseHtml == null ? "" : proseHtml).body().children()) {
            boolean heading = element.tagName().equals("h2") || element.tagName().equals("h3");
            if (heading) {
                add(sections, title, body.toString());
                Element shown = element.clone();
                shown.select("[aria-hidden=true]").remove(); // the heading's "#" anchor is not its title
                title = shown.text().replaceAll("^#\\s*|\\s*#$", "").strip();
                body.setLength(0);
            } else {
                body.append(element.text()).append('\n');
            }
        }
        add(sections, title, body.toString());
        return new ModuleSections(sections);
    }

    private static void add(List<Section> sections, String title, String body) {
        if (title == null || title.isBlank() || NOT_EXPLAINING.matcher(title).find()) {
            return;
        }
        sections.add(new Section(title, Words.stemsOf(title), Words.stemsOf(body)));
    }

    /** The heading of the section that best explains the text (a concept's label), or "" when none does. */
    String best(String text) {
        Set<String> stems = Words.of(text).stream().filter(Words.Word::distinctive).map(Words.Word::stem)
                .collect(java.util.stream.Collectors.toSet());
        String best = "";
        double bestScore = MIN_SCORE;
        for (Section section : sections) {
            double score = 0;
            for (String stem : stems) {
                double rarity = 1.0 / spread.getOrDefault(stem, 1);
                score += rarity * ((section.heading().contains(stem) ? HEADING_WEIGHT : 0)
                        + (section.body().contains(stem) ? 1 : 0));
            }
            if (score > bestScore) {
                bestScore = score;
                best = section.title();
            }
        }
        return best;
    }
}
