package dev.praxis.lesson;

import dev.praxis.account.PraxisUser;
import dev.praxis.system.web.Redirects;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commits predictions. Without JavaScript the form posts and the lesson reloads at the prompt; with it, the page
 * asks for just the prompt's card ({@code X-Praxis-Fragment}) and swaps it in place.
 */
@Controller
class PredictionController {

    static final String FRAGMENT_HEADER = "X-Praxis-Fragment";

    private final PredictionService predictions;

    PredictionController(PredictionService predictions) {
        this.predictions = predictions;
    }

    @PostMapping("/predictions")
    String commit(@AuthenticationPrincipal PraxisUser learner, @RequestParam String promptId,
                  @RequestParam(defaultValue = "") String body,
                  @RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PredictionService.PromptInModule prompt = predictions.prompt(promptId);
        try {
            predictions.commit(learner.id(), promptId, body);
        } catch (PredictionService.InvalidPredictionException e) {
            if (fragment != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return card(learner, prompt, model, e.getMessage(), body);
            }
            redirect.addFlashAttribute("predictionError", e.getMessage());
            redirect.addFlashAttribute("predictionErrorFor", promptId);
            redirect.addFlashAttribute("predictionDraft", body.length() > PredictionService.MAX_LENGTH ? "" : body);
            return redirectTo(prompt);
        }
        return fragment != null ? card(learner, prompt, model, null, null) : redirectTo(prompt);
    }

    @PostMapping("/predictions/self-check")
    String selfCheck(@AuthenticationPrincipal PraxisUser learner, @RequestParam String promptId,
                     @RequestParam(defaultValue = "") String verdict,
                     @RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment,
                     Model model, HttpServletResponse response) {
        PredictionService.PromptInModule prompt = predictions.prompt(promptId);
        String error = null;
        try {
            predictions.selfCheck(learner.id(), promptId, verdict);
        } catch (PredictionService.InvalidPredictionException e) {
            error = e.getMessage();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return fragment != null ? card(learner, prompt, model, error, null) : redirectTo(prompt);
    }

    private String card(PraxisUser learner, PredictionService.PromptInModule prompt, Model model, String error, String draft) {
        model.addAttribute("prediction", prompt.prediction());
        model.addAttribute("committed", predictions.current(learner.id(), prompt.prediction().id()).orElse(null));
        model.addAttribute("error", error);
        model.addAttribute("draft", draft);
        model.addAttribute("pageLang", prompt.module().language());
        return "lesson/prediction-card :: card";
    }

    private static String redirectTo(PredictionService.PromptInModule prompt) {
        return Redirects.toLocalPath(prompt.module().url() + "#" + PredictionAnchors.of(prompt.prediction()));
    }
}
