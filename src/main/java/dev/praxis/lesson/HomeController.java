package dev.praxis.lesson;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.progress.ProgressService;
import dev.praxis.quiz.OverrideNotice;
import dev.praxis.quiz.QuizService;
import dev.praxis.system.web.Redirects;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: what Praxis is, for visitors; for a signed-in learner, where they left off and what to do next,
 * and any change an instructor made to their verdicts that they have not read yet.
 */
@Controller
class HomeController {

    private final ProgressService progress;
    private final QuizService quizzes;
    private final ContentLibrary library;

    HomeController(ProgressService progress, QuizService quizzes, ContentLibrary library) {
        this.progress = progress;
        this.quizzes = quizzes;
        this.library = library;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PraxisUser viewer, Model model) {
        if (viewer != null) {
            progress.continuation(viewer.id()).ifPresent(found -> model.addAttribute("continuation", found));
            List<OverrideNotice> overrides = quizzes.unreadOverrides(viewer.id());
            model.addAttribute("overrides", overrides.stream().map(notice -> new Notice(notice,
                    library.find(notice.moduleSlug()).map(CourseModule::title).orElse(notice.moduleSlug()))).toList());
        }
        return "system/home";
    }

    /**
     * Back to a page after signing in: the link a visitor follows from a lesson ("sign in to commit your prediction")
     * needs a signed-in user, so sign-in comes first and then the way back. Only paths on this platform.
     */
    @GetMapping("/resume")
    String resume(@RequestParam(defaultValue = "/") String at) {
        return Redirects.toLocalPath(Redirects.isLocalPath(at) ? at : "/");
    }

    /** An unread override with the title of its module. */
    record Notice(OverrideNotice change, String moduleTitle) {
    }
}
