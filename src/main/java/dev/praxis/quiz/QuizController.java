package dev.praxis.quiz;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.CourseModule;
import dev.praxis.system.web.Redirects;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class QuizController {

    private final QuizService quizzes;

    QuizController(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @GetMapping("/quiz/{*path}")
    String quiz(@PathVariable String path, @AuthenticationPrincipal PraxisUser learner, Model model) {
        String slug = slugOf(path);
        CourseModule module = quizzes.moduleWithQuiz(slug);
        List<QuizAttempt> attempts = quizzes.attempts(learner.id(), slug);
        model.addAttribute("module", module);
        model.addAttribute("pageLang", module.language());
        model.addAttribute("drafts", model.containsAttribute("submitted") ? model.getAttribute("submitted")
                : quizzes.drafts(learner.id(), slug));
        model.addAttribute("lastSaved", quizzes.lastDraftSave(learner.id(), slug).orElse(null));
        model.addAttribute("attempts", attempts);
        model.addAttribute("best", attempts.stream().mapToDouble(QuizAttempt::score).max().orElse(-1));
        model.addAttribute("rubric", quizzes.hasRubric(module));
        model.addAttribute("passShare", quizzes.passShare(module));
        return "quiz/quiz";
    }

    /** Autosave of one answer while the learner types. */
    @PostMapping("/quiz/drafts")
    ResponseEntity<Map<String, Object>> saveDraft(@AuthenticationPrincipal PraxisUser learner, @RequestParam String module,
                                                  @RequestParam String questionId, @RequestParam(defaultValue = "") String answer) {
        try {
            Instant saved = quizzes.saveDraft(learner.id(), module, questionId, answer);
            return ResponseEntity.ok(Map.of("savedAt", saved.toString()));
        } catch (QuizService.AnswerTooLongException e) {
            return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
        }
    }

    /**
     * The form's repeated {@code questionId} and {@code answer} fields are read as a multi-value map: binding them to
     * a {@code List<String>} would split a lone answer at its commas.
     */
    @PostMapping("/quiz/attempts")
    String submit(@AuthenticationPrincipal PraxisUser learner, @RequestParam String module,
                  @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        List<String> questionIds = form.getOrDefault("questionId", List.of());
        List<String> answers = form.getOrDefault("answer", List.of());
        if (questionIds.size() != answers.size()) {
            redirect.addFlashAttribute("error", "The form arrived incomplete. Your drafts are saved; submit again.");
            return Redirects.to("/quiz/{slug}/", quizzes.moduleWithQuiz(module).slug());
        }
        Map<String, String> byQuestion = new LinkedHashMap<>();
        for (int i = 0; i < questionIds.size(); i++) {
            byQuestion.put(questionIds.get(i), answers.get(i));
        }
        try {
            long attempt = quizzes.submit(learner.id(), module, byQuestion);
            return "redirect:/quiz/attempts/" + attempt;
        } catch (QuizService.AnswerTooLongException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("submitted", byQuestion);
            return Redirects.to("/quiz/{slug}/", quizzes.moduleWithQuiz(module).slug());
        }
    }

    @GetMapping("/quiz/attempts/{id}")
    String attempt(@PathVariable long id, @AuthenticationPrincipal PraxisUser viewer, Model model) {
        QuizService.AttemptView view = quizzes.attempt(viewer, id);
        model.addAttribute("view", view);
        model.addAttribute("module", view.module());
        model.addAttribute("own", view.attempt().userId() == viewer.id());
        return "quiz/attempt";
    }

    @PostMapping("/quiz/answers/{id}/self-assessment")
    String selfAssess(@PathVariable long id, @RequestParam(defaultValue = "") String verdict,
                      @AuthenticationPrincipal PraxisUser learner, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            GradedAnswer answer = quizzes.selfAssess(learner.id(), id, verdict);
            return "redirect:/quiz/attempts/" + answer.attemptId() + "#answer-" + id;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/quiz/attempts/" + quizzes.attemptOf(id) + "#answer-" + id;
        }
    }

    private static String slugOf(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
