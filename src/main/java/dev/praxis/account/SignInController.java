package dev.praxis.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final SignInThrottle throttle;

    SignInController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** {@code ?throttled=N}: the pause the throttle announced, in minutes; anything else in it is not shown. */
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("pauseMinutes", throttled.matches("[0-9]{1,4}") ? throttled
                    : String.valueOf(throttle.windowMinutes()));
        }
        return "account/login";
    }
}
