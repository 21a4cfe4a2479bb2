package dev.praxis.quiz;

import dev.praxis.account.PraxisUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Instructors change a verdict with a comment (only instructors and admins reach {@code /instructor/**}). */
@Controller
class QuizOverrideController {

    private final QuizService quizzes;

    QuizOverrideController(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @PostMapping("/instructor/quiz/answers/{id}/override")
    String override(@PathVariable long id, @RequestParam(defaultValue = "") String verdict,
                    @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal PraxisUser instructor,
                    RedirectAttributes redirect) {
        try {
            GradedAnswer answer = quizzes.override(instructor, id, verdict, comment);
            redirect.addFlashAttribute("message", answer.override().oldVerdict().equals(answer.override().newVerdict())
                    ? "Verdict confirmed; the learner sees your comment." : "Verdict changed; the learner sees your comment.");
            return "redirect:/quiz/attempts/" + answer.attemptId() + "#answer-" + id;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/quiz/attempts/" + quizzes.attemptOf(id) + "#answer-" + id;
        }
    }
}
