package dev.praxis.lesson;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.Catalog;
import dev.praxis.content.CatalogSection;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.progress.LearnerFacts;
import dev.praxis.progress.ProgressService;
import dev.praxis.system.web.Redirects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The lesson page: the module's shared HTML, rendered once ({@link LessonBodyCache}), plus this learner's overlay from
 * their kept facts, written by {@link LessonComposer} without running the template.
 */
@Controller
class LessonController {

    /** Where lessons are served; the page cache keeps only reads under it. */
    static final String LESSONS = "/modules/";

    private final ContentLibrary library;
    private final ProgressService progress;
    private final LessonBodyCache bodies;
    private final LessonComposer composer;

    LessonController(ContentLibrary library, ProgressService progress, LessonBodyCache bodies, LessonComposer composer) {
        this.library = library;
        this.progress = progress;
        this.bodies = bodies;
        this.composer = composer;
    }

    @GetMapping(LESSONS + "{*path}")
    ModelAndView lesson(@PathVariable String path, @AuthenticationPrincipal PraxisUser learner, Model model) {
        String slug = Slugs.fromPath(path);
        CourseModule module = library.module(slug);
        if (!path.endsWith("/")) {
            return new ModelAndView(Redirects.toLocalPath(module.url()));
        }
        // a visitor reads the lesson as a learner who has done nothing yet, and is asked to sign in to do anything
        LearnerFacts facts = learner == null ? LearnerFacts.NONE : progress.facts(learner.id());
        Catalog catalog = library.catalog();
        Optional<CatalogSection> track = catalog.trackOf(module.slug());
        List<CourseModule> trackModules = track.map(catalog::pagesOf).orElse(List.of(module));
        Map<String, CourseModule> prerequisites = new LinkedHashMap<>();
        module.header().prerequisiteSlugs().forEach(prerequisite -> library.find(prerequisite)
                .ifPresent(found -> prerequisites.put(prerequisite, found)));

        model.addAttribute("catalog", catalog);
        model.addAttribute("module", module);
        model.addAttribute("body", bodies.of(module));
        model.addAttribute("pageLang", module.language());
        model.addAttribute("track", track.orElse(null));
        model.addAttribute("translations", catalog.translations(slug));
        model.addAttribute("nextModule", catalog.next(module).orElse(null));
        model.addAttribute("committed", PredictionService.forModule(facts, slug));
        model.addAttribute("progress", ProgressService.summaries(facts, union(trackModules, prerequisites.values(), module), catalog));
        model.addAttribute("prerequisites", prerequisites);
        model.addAttribute("readSections", facts.module(slug).sectionIds());
        model.addAttribute("visitor", learner == null);
        // a flash message (a refused prediction) is shown once, and a visitor's page has no learner's pieces: such a
        // page goes through the whole template
        return model.containsAttribute("predictionError") || learner == null
                ? new ModelAndView("lesson/module") : new ModelAndView(composer);
    }

    private static List<CourseModule> union(List<CourseModule> track, java.util.Collection<CourseModule> more, CourseModule self) {
        Map<String, CourseModule> all = new LinkedHashMap<>();
        track.forEach(module -> all.put(module.slug(), module));
        more.forEach(module -> all.put(module.slug(), module));
        all.put(self.slug(), self);
        return List.copyOf(all.values());
    }
}
