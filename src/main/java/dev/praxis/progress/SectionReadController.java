package dev.praxis.progress;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.ContentLibrary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Lesson pages report each section the learner scrolled through. */
@Controller
class SectionReadController {

    private final ContentLibrary library;
    private final ProgressService progress;

    SectionReadController(ContentLibrary library, ProgressService progress) {
        this.library = library;
        this.progress = progress;
    }

    @PostMapping("/progress/read")
    ResponseEntity<Void> read(@AuthenticationPrincipal PraxisUser learner, @RequestParam String module,
                              @RequestParam String section) {
        try {
            progress.markRead(learner.id(), library.module(module), section);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.noContent().build();
    }
}
