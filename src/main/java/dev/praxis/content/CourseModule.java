package dev.praxis.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One imported page: its identity and metadata, the lesson as ordered parts, and the interactive blocks kept apart
 * from the prose. Immutable.
 *
 * @param path           the file relative to the content root, with {@code /}
 * @param slug           the page id: front matter {@code slug}, else derived from the path as Astro does
 * @param url            the platform URL, {@code /modules/<slug>/}
 * @param language       "en", or "uk" for pages under {@code uk/}
 * @param translationKey the path inside its language tree without extension; pages with the same key are
 *                       translations of each other
 * @param order          front matter {@code sidebar.order}, or null
 * @param landing        the page is a section's {@code index.md}
 * @param frontMatter    every front matter key, unknown ones included
 */
public record CourseModule(String path, String slug, String url, String language, String translationKey,
                           String title, String description, Integer order, String sidebarLabel, boolean hidden,
                           boolean landing, ModuleHeader header, Map<String, Object> frontMatter,
                           List<LessonPart> parts, List<TocEntry> toc, List<LessonSection> sections,
                           List<Prediction> predictions, Quiz quiz, Lab lab, ModuleCounts counts,
                           List<ModuleLink> links, List<Problem> problems) {

    public Optional<Prediction> prediction(String id) {
        return predictions.stream().filter(prediction -> prediction.id().equals(id)).findFirst();
    }

    /**
     * The opening of the page, as a catalog shows a track's landing page: the first paragraphs and blockquotes before
     * any heading, rule, table, list or code (at most three). Real landing pages go on with whole tables of modules and
     * headings of their own, which belong on the landing page itself.
     */
    public String leadHtml() {
        StringBuilder lead = new StringBuilder();
        int blocks = 0;
        for (Element block : Jsoup.parseBodyFragment(proseHtml()).body().children()) {
            if (blocks == 3 || !(block.tagName().equals("p") || block.tagName().equals("blockquote"))) {
                break;
            }
            lead.append(block.outerHtml()).append('\n');
            blocks++;
        }
        return lead.toString();
    }

    /** The lesson's prose HTML joined, slots left out. */
    public String proseHtml() {
        StringBuilder html = new StringBuilder();
        for (LessonPart part : parts) {
            if (part instanceof LessonPart.Prose prose) {
                html.append(prose.html()).append('\n');
            }
        }
        return html.toString();
    }

    /**
     * The text learners can search: prose, prompts, quiz questions and lab instructions, but no reveals and no
     * answers. Computed on each call (the catalog keeps only HTML, to stay small).
     */
    public String plainText() {
        List<String> pieces = new ArrayList<>();
        pieces.add(title);
        pieces.add(HtmlText.of(proseHtml()));
        predictions.forEach(prediction -> pieces.add(prediction.promptText()));
        quiz.questions().forEach(question -> pieces.add(question.questionText()));
        lab.steps().forEach(step -> pieces.add(step.title() + " " + step.instructionsText()));
        lab.checklist().forEach(item -> pieces.add(item.text()));
        return String.join("\n", pieces.stream().filter(piece -> !piece.isBlank()).toList());
    }

    /** All the text of the module, reveals, answers and lab content included: what an import must not lose. */
    public String fullText() {
        List<String> pieces = new ArrayList<>();
        pieces.add(plainText());
        pieces.add(HtmlText.of(quiz.proseHtml()));
        predictions.stream().filter(Prediction::hasReveal).forEach(prediction -> pieces.add(prediction.revealText()));
        quiz.questions().stream().filter(QuizQuestion::hasAnswer).forEach(question -> pieces.add(question.answerText()));
        pieces.add(HtmlText.of(lab.introHtml()));
        pieces.add(HtmlText.of(lab.closingHtml()));
        return String.join("\n", pieces.stream().filter(piece -> !piece.isBlank()).toList());
    }
}
