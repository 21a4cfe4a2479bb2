package dev.praxis.account;

import dev.praxis.system.web.FormProblems;
import dev.praxis.system.web.NotFoundException;
import dev.praxis.system.web.RetryAfter;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The signed-in person's account: password change and signing out elsewhere; and the reset link's page. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final PasswordResetMail mail;
    private final ResetRequestThrottle resetRequests;

    AccountController(AccountService accounts, PasswordResetMail mail, ResetRequestThrottle resetRequests) {
        this.accounts = accounts;
        this.mail = mail;
        this.resetRequests = resetRequests;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("problems", Map.of());
        return "account/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal PraxisUser user, @Valid PasswordForms.Change form,
                          BindingResult validation, HttpServletRequest request, HttpServletResponse response,
                          Model model, RedirectAttributes redirect) {
        Map<String, String> problems = FormProblems.of(validation);
        if (problems.isEmpty()) {
            try {
                accounts.changePassword(user.id(), form.currentPassword(), form.newPassword(),
                        request.getSession().getId());
            } catch (AccountService.InvalidPasswordException e) {
                problems = Map.of(e.field(), e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "account/account";
        }
        redirect.addFlashAttribute("message", "Password changed. Every other session and remembered sign-in of your "
                + "account was signed out.");
        return "redirect:/account";
    }

    @PostMapping("/account/sessions/others")
    String signOutOthers(@AuthenticationPrincipal PraxisUser user, HttpServletRequest request,
                         RedirectAttributes redirect) {
        accounts.signOutOtherSessions(user.email(), request.getSession().getId());
        redirect.addFlashAttribute("message", "Signed out everywhere else. This browser stays signed in.");
        return "redirect:/account";
    }

    /** "Forgot your password?": a link by mail when the platform can send mail, otherwise: ask an admin. */
    @GetMapping("/account/forgot")
    String forgot(Model model) {
        model.addAttribute("mailAvailable", mail.available());
        return "account/forgot";
    }

    /** The same answer whether or not the email has an account, so the form tells nobody who is registered. */
    @PostMapping("/account/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        model.addAttribute("mailAvailable", mail.available());
        if (!mail.available()) {
            return "account/forgot";
        }
        Optional<Duration> wait = resetRequests.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = RetryAfter.seconds(wait.get());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            model.addAttribute("retryMinutes", RetryAfter.minutes(wait.get()));
            return "account/forgot";
        }
        accounts.issuePasswordResetByMail(email).ifPresent(token -> mail.send(AccountService.canonicalEmail(email),
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/account/reset/{token}")
                        .buildAndExpand(token).toUriString()));
        model.addAttribute("sent", true);
        return "account/forgot";
    }

    @GetMapping("/account/reset/{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        return resetPage(token, model, response, Map.of());
    }

    @PostMapping("/account/reset/{token}")
    String reset(@PathVariable String token, @Valid PasswordForms.Reset form, BindingResult validation, Model model,
                 HttpServletResponse response) {
        Map<String, String> problems = FormProblems.of(validation);
        if (problems.isEmpty()) {
            try {
                accounts.resetPassword(token, form.newPassword());
                return "redirect:/login?reset";
            } catch (AccountService.InvalidPasswordException e) {
                problems = Map.of(e.field(), e.getMessage());
            } catch (NotFoundException e) {
                return resetPage(token, model, response, Map.of());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return resetPage(token, model, response, problems);
    }

    private String resetPage(String token, Model model, HttpServletResponse response, Map<String, String> problems) {
        var account = accounts.passwordResetFor(token);
        if (account.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("resetAccount", account.orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("problems", problems);
        return "account/reset";
    }
}
