package dev.praxis.lesson;

import dev.praxis.account.PraxisUser;
import dev.praxis.system.web.FormProblems;
import dev.praxis.system.web.Redirects;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commits predictions. Without JavaScript the form posts and the lesson reloads at the prompt; with it, the page
 * asks for just the prompt's card ({@code X-Praxis-Fragment}) and swaps it in place.
 */
@Controller
class PredictionController {

    static final String FRAGMENT_HEADER = "X-Praxis-Fragment";

    private final PredictionService predictions;
    private final LessonComposer composer;

    PredictionController(PredictionService predictions, LessonComposer composer) {
        this.predictions = predictions;
        this.composer = composer;
    }

    @PostMapping("/predictions")
    ModelAndView commit(@AuthenticationPrincipal PraxisUser learner, @RequestParam String promptId,
                  @Valid PredictionForms.Commit form, BindingResult validation,
                  @RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PredictionService.PromptInModule prompt = predictions.prompt(promptId);
        String error = FormProblems.of(validation).get("body");
        CommittedPrediction committed = null;
        if (error == null) {
            try {
                committed = predictions.commit(learner.id(), promptId, form.body());
            } catch (PredictionService.InvalidPredictionException e) {
                error = e.getMessage();
            }
        }
        if (error != null) {
            String draft = form.body().length() > PredictionService.MAX_LENGTH ? "" : form.body();
            if (fragment != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return card(learner, prompt, model, error, draft);
            }
            redirect.addFlashAttribute("predictionError", error);
            redirect.addFlashAttribute("predictionErrorFor", promptId);
            redirect.addFlashAttribute("predictionDraft", draft);
            return redirectTo(prompt);
        }
        // the card shows what the commit's own transaction read back: no second pool connection and query for it
        return fragment != null ? card(prompt, committed) : redirectTo(prompt);
    }

    @PostMapping("/predictions/self-check")
    ModelAndView selfCheck(@AuthenticationPrincipal PraxisUser learner, @RequestParam String promptId,
                     @Valid PredictionForms.SelfCheck form, BindingResult validation,
                     @RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment,
                     Model model, HttpServletResponse response) {
        PredictionService.PromptInModule prompt = predictions.prompt(promptId);
        String error = FormProblems.of(validation).get("verdict");
        CommittedPrediction checked = null;
        if (error == null) {
            try {
                checked = predictions.selfCheck(learner.id(), promptId, form.verdict());
            } catch (PredictionService.InvalidPredictionException e) {
                error = e.getMessage();
            }
        }
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (fragment == null) {
            return redirectTo(prompt);
        }
        return checked != null ? card(prompt, checked) : card(learner, prompt, model, error, null);
    }

    /** A card with a message (and the learner's draft), rendered by its template. */
    private ModelAndView card(PraxisUser learner, PredictionService.PromptInModule prompt, Model model, String error,
                              String draft) {
        model.addAttribute("prediction", prompt.prediction());
        model.addAttribute("committed", predictions.current(learner.id(), prompt.prediction().id()).orElse(null));
        model.addAttribute("error", error);
        model.addAttribute("draft", draft);
        model.addAttribute("pageLang", prompt.module().language());
        return new ModelAndView("lesson/prediction-card :: card");
    }

    /** The card of a committed prediction without a message: the same bytes, written from the card's stencil. */
    private ModelAndView card(PredictionService.PromptInModule prompt, CommittedPrediction committed) {
        // pageLang sets the interface language before the view renders (PageLanguage), as for every module page
        return new ModelAndView(composer.committedCardView(prompt.prediction(), committed),
                "pageLang", prompt.module().language());
    }

    private static ModelAndView redirectTo(PredictionService.PromptInModule prompt) {
        return new ModelAndView(Redirects.toLocalPath(prompt.module().url() + "#" + PredictionAnchors.of(prompt.prediction())));
    }
}
