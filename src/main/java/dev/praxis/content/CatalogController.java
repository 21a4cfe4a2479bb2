package dev.praxis.content;

import dev.praxis.account.PraxisUser;
import dev.praxis.progress.ProgressService;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CatalogController {

    private static final int MAX_QUERY = 200;

    private final ContentLibrary library;
    private final SearchIndex searchIndex;
    private final ProgressService progress;

    CatalogController(ContentLibrary library, SearchIndex searchIndex, ProgressService progress) {
        this.library = library;
        this.searchIndex = searchIndex;
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

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        String trimmed = query.strip();
        if (trimmed.length() > MAX_QUERY) {
            trimmed = trimmed.substring(0, MAX_QUERY);
        }
        model.addAttribute("query", trimmed);
        model.addAttribute("hits", trimmed.isEmpty() ? java.util.List.of() : searchIndex.search(trimmed, 30));
        return "content/search";
    }
}
