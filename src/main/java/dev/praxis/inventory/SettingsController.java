package dev.praxis.inventory;

import dev.praxis.account.PraxisUser;
import dev.praxis.system.web.FormProblems;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learner's settings page: their account and the upload tokens the agent uses. */
@Controller
class SettingsController {

    private final UploadTokenService tokens;

    SettingsController(UploadTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal PraxisUser learner, Model model) {
        model.addAttribute("tokens", tokens.list(learner.id()));
        return "inventory/settings";
    }

    @PostMapping("/settings/tokens")
    String create(@AuthenticationPrincipal PraxisUser learner, @Valid TokenForm form, BindingResult validation,
                  RedirectAttributes redirect) {
        if (validation.hasErrors()) {
            redirect.addFlashAttribute("tokenError", FormProblems.of(validation).get("label"));
            return "redirect:/settings#tokens";
        }
        try {
            redirect.addFlashAttribute("newToken", tokens.create(learner.id(), form.label()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
        }
        return "redirect:/settings#tokens";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal PraxisUser learner, RedirectAttributes redirect) {
        if (tokens.revoke(learner.id(), id)) {
            redirect.addFlashAttribute("tokenMessage", "Token revoked: the agent can no longer upload with it.");
        } else {
            redirect.addFlashAttribute("tokenError", tokens.list(learner.id()).stream().anyMatch(token -> token.id() == id)
                    ? "That token was already revoked." : "No such token.");
        }
        return "redirect:/settings#tokens";
    }
}
