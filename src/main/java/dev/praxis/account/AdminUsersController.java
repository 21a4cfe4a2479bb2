package dev.praxis.account;

import dev.praxis.system.database.LikePattern;
import dev.praxis.system.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The admin page where an admin changes a user's role and lifts sign-in pauses. Only admins reach it (see the security rules). */
@Controller
class AdminUsersController {

    private static final Logger log = LoggerFactory.getLogger(AdminUsersController.class);

    private final AccountService accounts;
    private final SignInThrottle throttle;

    AdminUsersController(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        UserListing listing = accounts.listing(q, page);
        model.addAttribute("listing", listing);
        model.addAttribute("queryCut", LikePattern.isCut(q));
        model.addAttribute("roles", Role.values());
        model.addAttribute("paused", throttle.paused(listing.users().stream().map(UserAccount::email).toList()));
        return "account/admin-users";
    }

    /** A one-time link for the learner to choose a new password; shown to the admin once, to pass on. */
    @PostMapping("/admin/users/{id}/reset-link")
    String resetLink(@PathVariable long id, @AuthenticationPrincipal PraxisUser admin, RedirectAttributes redirect) {
        String token = accounts.issuePasswordReset(id, admin.id());
        UserAccount account = accounts.find(id).orElseThrow();
        redirect.addFlashAttribute("resetFor", account.displayName());
        redirect.addFlashAttribute("resetLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/account/reset/{token}").buildAndExpand(token).toUriString());
        return "redirect:/admin/users";
    }

    /** Lifts every sign-in pause of the account, from every address: the learner may try again at once. */
    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal PraxisUser admin, RedirectAttributes redirect) {
        UserAccount account = accounts.find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        throttle.unlock(account.email());
        log.info("Admin {} lifted the sign-in pauses of account {}", admin.id(), id);
        redirect.addFlashAttribute("message", "Sign-in unlocked for " + account.displayName() + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, @AuthenticationPrincipal PraxisUser admin,
                      RedirectAttributes redirect) {
        try {
            accounts.changeRole(id, role, admin);
            redirect.addFlashAttribute("message", "Role updated.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }
}
