package dev.praxis.progress;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My progress": every module the learner can take, with what they did, and the same as a JSON export. */
@Controller
class ProgressController {

    private final ContentLibrary library;
    private final ProgressService progress;

    ProgressController(ContentLibrary library, ProgressService progress) {
        this.library = library;
        this.progress = progress;
    }

    @GetMapping("/progress")
    String page(@AuthenticationPrincipal PraxisUser learner, Model model) {
        List<CourseModule> modules = courseModules();
        Map<String, ModuleProgress> summaries = progress.summaries(learner.id(), modules);
        model.addAttribute("modules", modules);
        model.addAttribute("progress", summaries);
        model.addAttribute("completed", summaries.values().stream().filter(ModuleProgress::complete).count());
        model.addAttribute("started", summaries.values().stream().filter(ModuleProgress::started).count());
        return "progress/progress";
    }

    @GetMapping(path = "/progress.json")
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal PraxisUser learner) {
        List<CourseModule> modules = courseModules();
        Map<String, ModuleProgress> summaries = progress.summaries(learner.id(), modules);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learner", Map.of("email", learner.email(), "displayName", learner.displayName()));
        body.put("exportedAt", Instant.now().toString());
        body.put("modules", modules.stream().map(module -> {
            ModuleProgress p = summaries.get(module.slug());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", module.slug());
            entry.put("title", module.title());
            entry.put("percent", p.percent());
            entry.put("complete", p.complete());
            entry.put("sectionsRead", p.sectionsRead());
            entry.put("sectionsTotal", p.sectionsTotal());
            entry.put("predictionsCommitted", p.predictionsCommitted());
            entry.put("predictionsTotal", p.predictionsTotal());
            entry.put("quizBest", p.quizBest());
            entry.put("quizLatest", p.quizLatest());
            entry.put("quizPassed", p.quizPassed());
            entry.put("labPassed", p.labPassed());
            entry.put("labTotal", p.labTotal());
            return entry;
        }).toList());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("praxis-progress.json").build().toString())
                .body(body);
    }

    /** Pages learners work through, in course order, one per module whatever its translations. */
    private List<CourseModule> courseModules() {
        return library.catalog().courseOrder();
    }
}
