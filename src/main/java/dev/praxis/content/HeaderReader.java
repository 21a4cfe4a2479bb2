package dev.praxis.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.praxis.content.markdown.PageLinks;
import dev.praxis.content.markdown.SourceProblems;
import dev.praxis.content.markdown.Texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata lines at the top of a module (before the first real section) and takes them out of the
 * lesson, since the page shows them as chips under the title: a blockquote or paragraph with fields separated by
 * {@code |}, line breaks or {@code <br>}, or H2s such as {@code ## Complexity: [MEDIUM]}. A first H1 repeating the
 * title is taken out too, so the title shows once.
 */
final class HeaderReader {

    private static final Pattern FIELD = Pattern.compile(
            "^(complexity|складність|time to complete|estimated time|estimated duration|time|орієнтовний час|час на виконання"
                    + "|час на проходження|час проходження|час"
                    + "|reading time|час читання"
                    + "|prerequisites|передумови|track|трек)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:\\||<br\\s*/?>|\\n)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)");
    /** Another labelled line of the header: a bold label, a colon, a value ("**Kubernetes Version**: 1.35+"). */
    private static final Pattern OTHER_FIELD = Pattern.compile("^\\*\\*[^*:]{1,40}(?::\\*\\*|\\*\\*\\s*:).+", Pattern.DOTALL);
    private static final Pattern LABEL_VALUE = Pattern.compile("^([^:]+?)\\s*:\\s*(.+)$", Pattern.DOTALL);
    /** A duration without a label, as a section landing page states it ("~4 hours total", "30-40 хв"). */
    private static final Pattern DURATION = Pattern.compile(
            "(?U)^~?\\s*\\d[\\d.,–-]*\\s*(?:hours?|hrs?|minutes?|mins?|годин\\w*|год|хвилин\\w*|хв)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** A duration that a sentence of prose follows in the same field ("Time: 25-30 min. This module treats …"). */
    private static final Pattern DURATION_THEN_PROSE = Pattern.compile(
            "(?U)^(~?\\s*\\d[\\d.,–-]*\\s*(?:hours?|hrs?|minutes?|mins?|годин\\w*|год|хвилин\\w*|хв)\\.?)\\s+(\\p{Lu}.{20,})$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A count without a label ("7 Modules", "12 модулів"): the noun names the field. */
    private static final Pattern COUNT = Pattern.compile("(?U)^(\\d+)\\s+(\\w[\\w ]{0,30})$");

    private String track;
    private String complexity;
    private String time;
    private String readingTime;
    private String prerequisites;
    /** Prose that followed the time in the header line, which stays in the lesson as its own paragraph. */
    private String proseAfterTime;
    private final List<String> prerequisiteSlugs = new ArrayList<>();
    private final Map<String, String> otherFields = new LinkedHashMap<>();

    static ModuleHeader read(Document document, String title, String pageSlug) {
        HeaderReader reader = new HeaderReader();
        reader.scan(document, title, pageSlug);
        return new ModuleHeader(reader.track, reader.complexity, reader.time, reader.readingTime, reader.prerequisites,
                List.copyOf(reader.prerequisiteSlugs), Collections.unmodifiableMap(reader.otherFields));
    }

    private void scan(Document document, String title, String pageSlug) {
        List<Node> remove = new ArrayList<>();
        boolean titleSeen = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1 && !titleSeen
                    && normal(Texts.plain(heading)).equals(normal(title))) {
                titleSeen = true;
                remove.add(node);
                continue;
            }
            if (node instanceof Heading heading && heading.getLevel() <= 2) {
                if (heading.getLevel() == 2 && fields(Texts.plain(heading), pageSlug)) {
                    remove.add(node);
                    continue;
                }
                break;
            }
            if ((node instanceof BlockQuote || node instanceof Paragraph) && fields(markdownOf(node), pageSlug)) {
                remove.add(node);
                if (proseAfterTime != null) {
                    keepProseAfterTime(node);
                }
            } else if (!(node instanceof ThematicBreak || node instanceof HtmlBlock || node instanceof Paragraph
                    || node instanceof BlockQuote)) {
                break;
            }
        }
        remove.forEach(Node::unlink);
    }

    /**
     * Moves the prose that followed the time out of the header block into a paragraph of its own right after it, so
     * the learner still reads it ("Time: 25-30 min. This module treats triage as a discipline …"); its inline
     * Markdown (code, links, emphasis) is kept as it was.
     */
    private void keepProseAfterTime(Node header) {
        String start = proseAfterTime.substring(0, Math.min(20, proseAfterTime.length()));
        proseAfterTime = null;
        for (Node node : header.getDescendants()) {
            if (node instanceof Text text && text.getChars().indexOf(start) >= 0) {
                int at = text.getChars().indexOf(start);
                Paragraph paragraph = new Paragraph();
                List<Node> moved = new ArrayList<>();
                for (Node next = text.getNext(); next != null; next = next.getNext()) {
                    moved.add(next);
                }
                paragraph.appendChild(new Text(text.getChars().subSequence(at)));
                moved.forEach(paragraph::appendChild);
                header.insertAfter(paragraph);
                return;
            }
        }
    }

    /** The links inside the header blocks, which {@link #read} takes out of the document. */
    static List<ModuleLink> links(Document document, String pageSlug) {
        List<ModuleLink> links = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null && !(node instanceof Heading heading && heading.getLevel() == 2);
             node = node.getNext()) {
            collectLinks(node, pageSlug, links);
        }
        return links;
    }

    private static void collectLinks(Node node, String pageSlug, List<ModuleLink> links) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                PageLinks.targetSlug(pageSlug, link.getUrl().toString())
                        .ifPresent(target -> links.add(new ModuleLink(target, SourceProblems.lineOf(link))));
            }
            collectLinks(child, pageSlug, links);
        }
    }

    private static String markdownOf(Node node) {
        String text = node.getChars().toString();
        return text.replaceAll("(?m)^\\s*>\\s?", "");
    }

    /**
     * A section landing page's one-line summary, a bold name and unlabelled facts: "**Discipline Track** | 7 Modules
     * | ~4 hours total". The name is the track, a duration the time, a count its own field; anything else in the line
     * and it is not taken for a header.
     */
    private boolean summaryLine(String markdown) {
        String[] segments = markdown.strip().split("\\s*\\|\\s*");
        if (segments.length < 2 || track != null || !segments[0].matches("\\*\\*[^*]{2,60}\\*\\*")) {
            return false;
        }
        String foundTime = null;
        Map<String, String> counts = new LinkedHashMap<>();
        for (int i = 1; i < segments.length; i++) {
            String plain = EMPHASIS.matcher(segments[i]).replaceAll("").strip();
            Matcher count = COUNT.matcher(plain);
            if (DURATION.matcher(plain).matches() && foundTime == null) {
                foundTime = plain;
            } else if (count.matches()) {
                String noun = count.group(2).strip();
                counts.put(Character.toUpperCase(noun.charAt(0)) + noun.substring(1), count.group(1));
            } else {
                return false;
            }
        }
        track = EMPHASIS.matcher(segments[0]).replaceAll("").strip();
        if (time == null) {
            time = foundTime;
        }
        counts.forEach(otherFields::putIfAbsent);
        return true;
    }

    /** Reads the fields in one block; true when it held at least one, so it is a header block. */
    private boolean fields(String markdown, String pageSlug) {
        if (!markdown.strip().contains("\n") && !FIELD.matcher(EMPHASIS.matcher(markdown).replaceAll("").strip()).find()
                && summaryLine(markdown)) {
            return true;
        }
        boolean found = false;
        String firstWithoutField = null;
        Map<String, String> others = new LinkedHashMap<>();
        for (String segment : SEPARATORS.split(markdown.strip())) {
            Matcher links = LINK.matcher(segment);
            List<String> targets = new ArrayList<>();
            while (links.find()) {
                targets.add(links.group(2));
            }
            String plain = EMPHASIS.matcher(LINK.matcher(segment).replaceAll("$1")).replaceAll("").strip();
            Matcher field = FIELD.matcher(plain);
            if (!field.matches()) {
                Matcher other = LABEL_VALUE.matcher(plain);
                if (OTHER_FIELD.matcher(segment.strip()).matches() && other.matches()) {
                    others.put(other.group(1).strip(), other.group(2).strip());
                } else if (firstWithoutField == null && !plain.isEmpty()) {
                    firstWithoutField = plain;
                }
                continue;
            }
            found = true;
            String name = field.group(1).toLowerCase(Locale.ROOT);
            String value = field.group(2).strip();
            switch (name) {
                case "complexity", "складність" -> complexity = complexityOf(value);
                case "reading time", "час читання" -> readingTime = value;
                case "track", "трек" -> track = value;
                case "prerequisites", "передумови" -> {
                    prerequisites = value;
                    targets.forEach(url -> PageLinks.targetSlug(pageSlug, url).ifPresent(prerequisiteSlugs::add));
                }
                default -> {
                    Matcher prose = DURATION_THEN_PROSE.matcher(value);
                    if (prose.matches()) {
                        time = prose.group(1).replaceFirst("\\.$", "").strip();
                        proseAfterTime = prose.group(2).strip();
                    } else {
                        time = value;
                    }
                }
            }
        }
        if (found && track == null && firstWithoutField != null && firstWithoutField.length() < 80) {
            track = firstWithoutField;
        }
        if (found) {
            others.forEach(otherFields::putIfAbsent);
        }
        return found;
    }

    private static String complexityOf(String value) {
        Matcher bracketed = BRACKETED.matcher(value);
        return bracketed.find() ? bracketed.group(1).strip() : value;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
