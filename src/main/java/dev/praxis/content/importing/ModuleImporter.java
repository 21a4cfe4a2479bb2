package dev.praxis.content.importing;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LessonSection;
import dev.praxis.content.ModuleCounts;
import dev.praxis.content.ModuleHeader;
import dev.praxis.content.ModuleLink;
import dev.praxis.content.Problem;
import dev.praxis.content.Quiz;
import dev.praxis.content.Slugs;
import dev.praxis.content.TocEntry;
import dev.praxis.content.markdown.AsideBlock;
import dev.praxis.content.markdown.CodeBlockExtension;
import dev.praxis.content.markdown.LabBlock;
import dev.praxis.content.markdown.MarkdownRenderer;
import dev.praxis.content.markdown.PageLinks;
import dev.praxis.content.markdown.PromptBlock;
import dev.praxis.content.markdown.QuizBlock;
import dev.praxis.content.markdown.SourceProblem;
import dev.praxis.content.markdown.SourceProblems;
import dev.praxis.content.markdown.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/** Imports one page from its source text: front matter, Markdown, structured blocks, checks. Pure and thread-safe. */
final class ModuleImporter {

    private final MarkdownRenderer renderer;

    ModuleImporter(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param path the file relative to the content root, with {@code /}
     */
    CourseModule importSource(String path, String source) throws ContentImportException {
        FrontMatter frontMatter = FrontMatter.split(path, source.replace("\r\n", "\n").replace('\r', '\n'));
        List<Problem> problems = new ArrayList<>();
        String language = path.startsWith("uk/") ? "uk" : "en";
        String translationKey = (language.equals("uk") ? path.substring(3) : path).replaceFirst("\\.mdx?$", "");
        String slug = frontMatter.string("slug") != null && !frontMatter.string("slug").isBlank()
                ? Slugs.normalise(frontMatter.string("slug")) : Slugs.fromPath(path);
        String title = frontMatter.string("title");
        if (title == null || title.isBlank()) {
            problems.add(new Problem(path, 1, "front matter has no title; the file name is used"));
            String file = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.mdx?$", "");
            title = file.replace('-', ' ');
        }
        String body = path.endsWith(".mdx") ? MdxConverter.convert(frontMatter.body(), slug) : frontMatter.body();
        Document document = renderer.parse(body, slug);
        List<ModuleLink> headerLinks = HeaderReader.links(document, slug);
        ModuleHeader header = HeaderReader.read(document, title, slug);
        String html = renderer.render(document);
        DocumentWalk walk = new DocumentWalk(path, slug).walk(document, false, false);
        List<ModuleLink> links = new ArrayList<>(headerLinks);
        links.addAll(walk.links);
        Optional<String> clean = ContentSanitizer.cleanRendering(html);
        LessonAssembly lesson = new LessonAssembly(document, new RegionSplitter(clean.orElse(html)),
                clean.isPresent() ? String::trim : ContentSanitizer::clean, slug);
        for (SourceProblem problem : SourceProblems.of(document)) {
            problems.add(new Problem(path, problem.line(), problem.message()));
        }
        problems.addAll(walk.problems);
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        Map<String, Object> values = frontMatter.values();
        boolean landing = path.endsWith("/index.md") || path.endsWith("/index.mdx") || path.equals("index.md")
                || path.equals("index.mdx");
        return new CourseModule(path, slug, PageLinks.moduleUrl(slug), language, translationKey, title,
                frontMatter.string("description"), frontMatter.order(), stringOrNull(frontMatter.sidebar("label")),
                Boolean.TRUE.equals(frontMatter.sidebar("hidden")), landing, header, values,
                lesson.parts(), List.copyOf(walk.toc), sections(document), lesson.predictions(), lesson.quiz(), lesson.lab(),
                counts(walk, lesson), links.stream().distinct().toList(), List.copyOf(problems));
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<LessonSection> sections(Document document) {
        List<LessonSection> sections = new ArrayList<>();
        for (Node node : document.getChildren()) {
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                sections.add(new LessonSection(heading.getAnchorRefId(), Texts.plain(heading)));
            } else if (node instanceof LabBlock lab) {
                // a drills section joined to the lab before it keeps its heading, so it is still a section to read
                for (Node inner : lab.getDescendants()) {
                    if (inner instanceof Heading heading && heading.getLevel() == 2) {
                        sections.add(new LessonSection(heading.getAnchorRefId(), Texts.plain(heading)));
                    }
                }
            }
        }
        return List.copyOf(sections);
    }

    private static ModuleCounts counts(DocumentWalk walk, LessonAssembly lesson) {
        Quiz quiz = lesson.quiz();
        return new ModuleCounts(lesson.predictions().size(), quiz.questions().size(), (int) quiz.answered(),
                lesson.lab().steps().size(), walk.checklistItems, walk.mermaid);
    }

    /**
     * One pass over the rendered document collecting what the module record needs from the tree: table of contents,
     * links, checklist and mermaid counts, structural problems. (flexmark's descendant iterator is slow; one manual
     * walk replaces four.)
     */
    private static final class DocumentWalk {

        private final String path;
        private final String slug;
        final List<TocEntry> toc = new ArrayList<>();
        final List<ModuleLink> links = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        int checklistItems;
        int mermaid;

        DocumentWalk(String path, String slug) {
            this.path = path;
            this.slug = slug;
        }

        DocumentWalk walk(Node node, boolean inQuiz, boolean inPrompt) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child, inQuiz, inPrompt);
                walk(child, inQuiz || child instanceof QuizBlock, inPrompt || child instanceof PromptBlock);
            }
            return this;
        }

        private void visit(Node node, boolean inQuiz, boolean inPrompt) {
            if (node instanceof Heading heading) {
                if (heading.getLevel() >= 2 && heading.getLevel() <= 3 && !inQuiz && !inPrompt
                        && heading.getAnchorRefId() != null) {
                    toc.add(new TocEntry(heading.getLevel(), heading.getAnchorRefId(), Texts.plain(heading)));
                }
                if (heading.isSetextHeading() && heading.getLevel() == 2) {
                    problems.add(new Problem(path, SourceProblems.lineOf(heading),
                            "paragraph directly above '---' became a heading (setext); put a blank line before the rule"));
                }
            } else if (node instanceof TaskListItem && !inQuiz) {
                checklistItems++;
            } else if (node instanceof FencedCodeBlock code) {
                if (CodeBlockExtension.languageOf(code).equals("mermaid")) {
                    mermaid++;
                }
                if (code.getClosingMarker().isEmpty()) {
                    problems.add(new Problem(path, SourceProblems.lineOf(code),
                            "code fence is never closed; everything after it is shown as code"));
                }
            } else if (node instanceof Link link) {
                PageLinks.targetSlug(slug, link.getUrl().toString())
                        .ifPresent(target -> links.add(new ModuleLink(target, SourceProblems.lineOf(link))));
            } else if (node instanceof AsideBlock aside && !aside.closed()) {
                problems.add(new Problem(path, SourceProblems.lineOf(aside),
                        "aside :::" + aside.kind() + " is never closed with ':::'; it runs to the end of its block"));
            }
        }
    }
}
