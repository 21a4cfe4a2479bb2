package dev.praxis.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user (or null) for the header: name, sign-out, instructor and admin links. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("viewer")
    PraxisUser viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PraxisUser user) {
            return user;
        }
        return null;
    }
}
