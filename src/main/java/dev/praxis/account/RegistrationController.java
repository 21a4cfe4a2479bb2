package dev.praxis.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.praxis.system.web.FormProblems;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class RegistrationController {

    private final AccountService accounts;
    private final SecurityContextRepository securityContextRepository;
    private final SessionAuthenticationStrategy sessionStrategy;

    RegistrationController(AccountService accounts, SecurityContextRepository securityContextRepository,
                           SessionAuthenticationStrategy sessionStrategy) {
        this.accounts = accounts;
        this.securityContextRepository = securityContextRepository;
        this.sessionStrategy = sessionStrategy;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("problems", Map.of());
        return "account/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult validation, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> problems = FormProblems.of(validation);
        if (problems.isEmpty()) {
            try {
                accounts.register(form.email(), form.displayName(), form.password());
            } catch (AccountService.EmailTakenException e) {
                problems = Map.of("email", "An account with this email already exists. Sign in instead?");
            } catch (EmailAddress.InvalidEmailException e) {
                problems = Map.of("email", e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("form", new RegistrationForm(form.email(), form.displayName(), ""));
            model.addAttribute("problems", problems);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "account/register";
        }
        signIn(accounts.loadUserByUsername(form.email()), request, response);
        return "redirect:/?welcome";
    }

    /** A new learner should not have to type the password twice: sign them in, with a fresh session id. */
    private void signIn(PraxisUser user, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
    }
}
