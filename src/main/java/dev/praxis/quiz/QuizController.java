package dev.praxis.quiz;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.CourseModule;
import dev.praxis.system.web.FormProblems;
import dev.praxis.system.web.Redirects;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import dev.praxis.progress.ProgressService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class QuizController {

    private final QuizService quizzes;
    private final ProgressService progress;
    private final Validator validator;

    QuizController(QuizService quizzes, ProgressService progress, Validator validator) {
        this.quizzes = quizzes;
        this.progress = progress;
        this.validator = validator;
    }

    @GetMapping("/quiz/{*path}")
    @SuppressWarnings("unchecked")
    String quiz(@PathVariable String path, @AuthenticationPrincipal PraxisUser learner, Model model) {
        String slug = slugOf(path);
        CourseModule module = quizzes.moduleWithQuiz(slug);
        List<QuizAttempt> attempts = quizzes.attempts(learner.id(), slug);
        model.addAttribute("module", module);
        model.addAttribute("pageLang", module.language());
        boolean resubmitting = model.containsAttribute("submitted");
        Map<String, String> drafts = resubmitting ? (Map<String, String>) model.getAttribute("submitted")
                : quizzes.drafts(learner.id(), slug);
        model.addAttribute("drafts", drafts);
        // a retry starts from the last answers; the page says so and offers a blank start instead
        model.addAttribute("prefilled", !resubmitting && !attempts.isEmpty()
                && drafts.values().stream().anyMatch(answer -> !answer.isBlank()));
        model.addAttribute("lastSaved", quizzes.lastDraftSave(learner.id(), slug).orElse(null));
        model.addAttribute("attempts", attempts);
        model.addAttribute("overrides", quizzes.unreadOverrides(learner.id()).stream()
                .filter(notice -> notice.moduleSlug().equals(module.slug())).toList());
        model.addAttribute("best", attempts.stream().mapToDouble(QuizAttempt::score).max().orElse(-1));
        model.addAttribute("rubric", quizzes.hasRubric(module));
        model.addAttribute("drafted", quizzes.grading(module).draft().isPresent());
        model.addAttribute("passShare", quizzes.passShare(module));
        return "quiz/quiz";
    }

    /** Autosave of one answer while the learner types. */
    @PostMapping("/quiz/drafts")
    ResponseEntity<Map<String, Object>> saveDraft(@AuthenticationPrincipal PraxisUser learner, @RequestParam String module,
                                                  @RequestParam String questionId, @Valid QuizForms.Draft form,
                                                  BindingResult validation) {
        if (validation.hasErrors()) {
            return ResponseEntity.badRequest().body(Map.of("message", FormProblems.of(validation).get("answer")));
        }
        Instant saved = quizzes.saveDraft(learner.id(), module, questionId, form.answer());
        return ResponseEntity.ok(Map.of("savedAt", saved.toString()));
    }

    /** "Start fresh": the drafts a retry would begin with are cleared; the attempts stay. */
    @PostMapping("/quiz/drafts/clear")
    String startFresh(@AuthenticationPrincipal PraxisUser learner, @RequestParam String module,
                      RedirectAttributes redirect) {
        quizzes.clearDrafts(learner.id(), module);
        redirect.addFlashAttribute("fresh", true);
        return Redirects.to("/quiz/{slug}/", quizzes.moduleWithQuiz(module).slug());
    }

    /**
     * The form's repeated {@code questionId} and {@code answer} fields are read as a multi-value map: binding them to
     * a {@code List<String>} would split a lone answer at its commas.
     */
    @PostMapping("/quiz/attempts")
    View submit(@AuthenticationPrincipal PraxisUser learner, @RequestParam String module,
                  @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        List<String> questionIds = form.getOrDefault("questionId", List.of());
        List<String> answers = form.getOrDefault("answer", List.of());
        if (questionIds.size() != answers.size()) {
            redirect.addFlashAttribute("error", "The form arrived incomplete. Your drafts are saved; submit again.");
            return Redirects.view("/quiz/{slug}/", quizzes.moduleWithQuiz(module).slug());
        }
        Map<String, String> byQuestion = new LinkedHashMap<>();
        for (int i = 0; i < questionIds.size(); i++) {
            byQuestion.put(questionIds.get(i), answers.get(i));
        }
        Set<ConstraintViolation<QuizForms.Submission>> problems = validator.validate(new QuizForms.Submission(byQuestion));
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("error", problems.iterator().next().getMessage());
            redirect.addFlashAttribute("submitted", byQuestion);
            return Redirects.view("/quiz/{slug}/", quizzes.moduleWithQuiz(module).slug());
        }
        return Redirects.view("/quiz/attempts/{id}", quizzes.submit(learner.id(), module, byQuestion));
    }

    @GetMapping("/quiz/attempts/{id}")
    String attempt(@PathVariable long id, @AuthenticationPrincipal PraxisUser viewer, Model model) {
        QuizService.AttemptView view = quizzes.attempt(viewer, id);
        model.addAttribute("view", view);
        model.addAttribute("module", view.module());
        boolean own = view.attempt().userId() == viewer.id();
        model.addAttribute("own", own);
        model.addAttribute("pageLang", view.module().language());
        if (own) {
            model.addAttribute("next", progress.nextToComplete(viewer.id(), view.module()));
        }
        return "quiz/attempt";
    }

    @PostMapping("/quiz/answers/{id}/self-assessment")
    String selfAssess(@PathVariable long id, @Valid QuizForms.SelfAssessment form, BindingResult validation,
                      @AuthenticationPrincipal PraxisUser learner, RedirectAttributes redirect, HttpServletResponse response) {
        if (validation.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            redirect.addFlashAttribute("error", FormProblems.of(validation).get("verdict"));
            return "redirect:/quiz/attempts/" + quizzes.attemptOf(id) + "#answer-" + id;
        }
        GradedAnswer answer = quizzes.selfAssess(learner.id(), id, form.verdict());
        return "redirect:/quiz/attempts/" + answer.attemptId() + "#answer-" + id;
    }

    private static String slugOf(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
