package dev.praxis.instructor;

import dev.praxis.system.database.LikePattern;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The cohort dashboard, one learner's record, and the CSV export; security lets only instructors and admins in. */
@Controller
class InstructorController {

    private static final int DISAGREEMENTS_SHOWN = 20;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CohortService cohort;

    InstructorController(CohortService cohort) {
        this.cohort = cohort;
    }

    @GetMapping("/instructor")
    String dashboard(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                     @RequestParam(defaultValue = "") String module, Model model) {
        model.addAttribute("cohort", cohort.page(q, page, module));
        model.addAttribute("queryCut", LikePattern.isCut(q));
        model.addAttribute("disagreements", cohort.disagreements(DISAGREEMENTS_SHOWN));
        return "instructor/dashboard";
    }

    @GetMapping("/instructor/learners/{id}")
    String learner(@PathVariable long id, Model model) {
        model.addAttribute("detail", cohort.learner(id));
        return "instructor/learner";
    }

    @GetMapping("/instructor/cohort.csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "") String q) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("cohort.csv").build().toString())
                .body(cohort.csv(q));
    }
}
