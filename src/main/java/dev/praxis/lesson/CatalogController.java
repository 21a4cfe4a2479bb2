package dev.praxis.lesson;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.Catalog;
import dev.praxis.content.ContentLibrary;
import dev.praxis.progress.ProgressService;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The catalog page: every track, section and module, with the learner's progress bars. It lives on the learner's
 * side, next to the lesson pages, because it shows progress: {@code content} publishes the catalog and knows nothing
 * of learners.
 */
@Controller
class CatalogController {

    private final ContentLibrary library;
    private final ProgressService progress;

    CatalogController(ContentLibrary library, ProgressService progress) {
        this.library = library;
        this.progress = progress;
    }

    @GetMapping("/catalog")
    String catalog(@AuthenticationPrincipal PraxisUser viewer, Model model) {
        Catalog catalog = library.catalog();
        model.addAttribute("catalog", catalog);
        // a visitor who is not signed in reads the catalog without progress bars
        model.addAttribute("progress", viewer == null ? Map.of() : progress.summaries(viewer.id(), catalog.modules()));
        return "content/catalog";
    }
}
