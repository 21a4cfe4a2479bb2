package dev.praxis.quiz;

import dev.praxis.account.PraxisUser;
import dev.praxis.system.web.FormProblems;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Instructors change a verdict with a comment (only instructors and admins reach {@code /instructor/**}). */
@Controller
class QuizOverrideController {

    private final QuizService quizzes;

    QuizOverrideController(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @PostMapping("/instructor/quiz/answers/{id}/override")
    String override(@PathVariable long id, @Valid QuizForms.Override form, BindingResult validation,
                    @AuthenticationPrincipal PraxisUser instructor, RedirectAttributes redirect) {
        if (validation.hasErrors()) {
            redirect.addFlashAttribute("error", FormProblems.of(validation).values().iterator().next());
            return "redirect:/quiz/attempts/" + quizzes.attemptOf(id) + "#answer-" + id;
        }
        GradedAnswer answer = quizzes.override(instructor, id, form.verdict(), form.comment());
        redirect.addFlashAttribute("message", answer.override().oldVerdict().equals(answer.override().newVerdict())
                ? "Verdict confirmed; the learner sees your comment." : "Verdict changed; the learner sees your comment.");
        return "redirect:/quiz/attempts/" + answer.attemptId() + "#answer-" + id;
    }
}
