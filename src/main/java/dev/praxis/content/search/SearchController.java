package dev.praxis.content.search;

import dev.praxis.system.database.LikePattern;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Full-text search over the catalog ({@link SearchIndex}); the same page for visitors and learners. */
@Controller
class SearchController {

    private final SearchIndex searchIndex;

    SearchController(SearchIndex searchIndex) {
        this.searchIndex = searchIndex;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        String trimmed = LikePattern.query(query);
        model.addAttribute("query", trimmed);
        model.addAttribute("queryCut", LikePattern.isCut(query));
        model.addAttribute("hits", trimmed.isEmpty() ? List.of() : searchIndex.search(trimmed, 30));
        return "content/search";
    }
}
