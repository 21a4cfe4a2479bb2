package dev.praxis.lesson;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.Catalog;
import dev.praxis.content.CatalogSection;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
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

/** The lesson page: the module's shared HTML, rendered once ({@link LessonBodyCache}), plus this learner's overlay. */
@Controller
class LessonController {

    private final ContentLibrary library;
    private final PredictionService predictions;
    private final ProgressService progress;
    private final LessonBodyCache bodies;

    LessonController(ContentLibrary library, PredictionService predictions, ProgressService progress,
                     LessonBodyCache bodies) {
        this.library = library;
        this.predictions = predictions;
        this.progress = progress;
        this.bodies = bodies;
    }

    @GetMapping("/modules/{*path}")
    String lesson(@PathVariable String path, @AuthenticationPrincipal PraxisUser learner, Model model) {
        String slug = Slugs.fromPath(path);
        CourseModule module = library.module(slug);
        if (!path.endsWith("/")) {
            return Redirects.toLocalPath(module.url());
        }
        Catalog catalog = library.catalog();
        Optional<CatalogSection> track = Navigation.trackOf(catalog, module);
        List<CourseModule> trackModules = track.map(Navigation::modulesOf).orElse(List.of(module));
        Map<String, CourseModule> prerequisites = new LinkedHashMap<>();
        module.header().prerequisiteSlugs().forEach(prerequisite -> library.find(prerequisite)
                .ifPresent(found -> prerequisites.put(prerequisite, found)));

        model.addAttribute("module", module);
        model.addAttribute("body", bodies.of(module));
        model.addAttribute("pageLang", module.language());
        model.addAttribute("track", track.orElse(null));
        model.addAttribute("translations", catalog.translations(slug));
        model.addAttribute("committed", predictions.forModule(learner.id(), slug));
        model.addAttribute("progress", progress.summaries(learner.id(), union(trackModules, prerequisites.values(), module)));
        model.addAttribute("prerequisites", prerequisites);
        model.addAttribute("readSections", progress.readSections(learner.id(), slug));
        return "lesson/module";
    }

    private static List<CourseModule> union(List<CourseModule> track, java.util.Collection<CourseModule> more, CourseModule self) {
        Map<String, CourseModule> all = new LinkedHashMap<>();
        track.forEach(module -> all.put(module.slug(), module));
        more.forEach(module -> all.put(module.slug(), module));
        all.put(self.slug(), self);
        return List.copyOf(all.values());
    }
}
