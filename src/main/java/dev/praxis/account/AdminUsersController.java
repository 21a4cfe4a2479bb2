package dev.praxis.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page where an admin changes a user's role. Only admins reach it (see the security rules). */
@Controller
class AdminUsersController {

    private final AccountService accounts;

    AdminUsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/admin-users";
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
