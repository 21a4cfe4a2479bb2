package dev.praxis.lab;

import dev.praxis.account.PraxisUser;
import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.LabWork;
import dev.praxis.system.web.Redirects;
import dev.praxis.progress.ProgressService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guided lab page, its autosave, and the lab report (Markdown and printable). */
@Controller
class LabController {

    static final String AUTOSAVE_HEADER = "X-Praxis-Autosave";

    private final LabService labs;
    private final ProgressService progress;
    private final Clock clock;
    private final LabEvidence evidence;
    private final MessageSource messages;
    private final Validator validator;
    private final LabSaveQuota quota;

    LabController(LabService labs, ProgressService progress, LabEvidence evidence, MessageSource messages,
                  Validator validator, LabSaveQuota quota) {
        this.quota = quota;
        this.messages = messages;
        this.validator = validator;
        this.labs = labs;
        this.progress = progress;
        this.evidence = evidence;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/lab/{*path}")
    String lab(@PathVariable String path, @AuthenticationPrincipal PraxisUser learner, Model model) {
        LabService.LabState state = labs.state(learner.id(), slugOf(path));
        return page(learner, state, state.work(), model);
    }

    private String page(PraxisUser learner, LabService.LabState state, LabWork shownWork, Model model) {
        model.addAttribute("lab", state);
        model.addAttribute("module", state.module());
        model.addAttribute("pageLang", state.module().language());
        model.addAttribute("work", shownWork);
        model.addAttribute("next", progress.nextToComplete(learner.id(), state.module()));
        return "lab/lab";
    }

    @PostMapping("/lab/work")
    Object save(@AuthenticationPrincipal PraxisUser learner, @RequestParam String module,
                @RequestParam(required = false) Long uploadId, @RequestParam MultiValueMap<String, String> form,
                @RequestHeader(name = AUTOSAVE_HEADER, required = false) String autosave,
                @RequestParam(defaultValue = "") String step,
                @RequestParam(defaultValue = "false") boolean commitSummary, RedirectAttributes redirect, Model model,
                HttpServletResponse response) {
        try {
            quota.take(learner.id());
        } catch (LabSaveQuota.LabSavesRateLimitedException e) {
            return tooManySaves(learner, module, form, autosave != null, e.retryAfterSeconds(), model, response);
        }
        String error = validator.validate(LabForm.Fields.of(form)).stream().map(ConstraintViolation::getMessage)
                .findFirst().orElse(null);
        LabService.LabState state = null;
        if (error == null) {
            try {
                state = labs.save(learner.id(), module, LabForm.read(form), uploadId, commitSummary && autosave == null);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        if (error != null) {
            if (autosave != null) {
                return ResponseEntity.badRequest().body(Map.of("message", error));
            }
            redirect.addFlashAttribute("labError", error);
            return Redirects.to("/lab/{slug}/", module) + (commitSummary ? "#step-4" : "");
        }
        if (autosave != null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("savedAt", state.savedAt() == null ? null : state.savedAt().toString());
            body.put("passing", state.passing());
            body.put("total", state.verdicts().size());
            String language = state.module().language();
            body.put("verdicts", state.verdicts().stream().map(v -> verdictJson(v, evidence.of(v, language))).toList());
            return ResponseEntity.ok(body);
        }
        Locale locale = Locale.forLanguageTag(state.module().language());
        if (commitSummary) {
            redirect.addFlashAttribute("labMessage", messages.getMessage("lab.flash.committed", null, locale));
            return Redirects.to("/lab/{slug}/", state.module().slug()) + "#step-4";
        }
        redirect.addFlashAttribute("labMessage", messages.getMessage("lab.flash.saved", null, locale));
        return Redirects.to("/lab/{slug}/", state.module().slug())
                + (step.matches("[a-z0-9-]{1,20}") ? "#step-" + step : "");
    }

    /**
     * A save refused for coming too often: 429 with {@code Retry-After}. The autosave gets a short reason (the page
     * says "Not saved: …" and tries again when told); the form gets the lab page again with the answers as typed, not
     * saved, and a message saying so and when to save again.
     */
    private Object tooManySaves(PraxisUser learner, String module, MultiValueMap<String, String> form, boolean autosave,
                                long seconds, Model model, HttpServletResponse response) {
        Locale locale = Locale.forLanguageTag(labs.moduleWithLab(module).language());
        if (autosave) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(Map.of("message", messages.getMessage("lab.saves.autosaveWait", new Object[] {seconds},
                            locale), "retryAfter", seconds));
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        model.addAttribute("labError", messages.getMessage("lab.saves.tooMany", new Object[] {seconds}, locale));
        LabService.LabState state = labs.state(learner.id(), module);
        return page(learner, state, LabForm.read(form), model);
    }

    @GetMapping("/labs/report")
    String report(@RequestParam String module, @AuthenticationPrincipal PraxisUser learner, Model model) {
        LabService.LabState state = labs.state(learner.id(), module);
        model.addAttribute("lab", state);
        model.addAttribute("module", state.module());
        model.addAttribute("work", state.work());
        model.addAttribute("pageLang", state.module().language());
        model.addAttribute("generatedAt", clock.instant());
        return "lab/report";
    }

    @GetMapping("/labs/report.md")
    ResponseEntity<String> markdown(@RequestParam String module, @AuthenticationPrincipal PraxisUser learner) {
        LabService.LabState state = labs.state(learner.id(), module);
        String markdown = LabReport.markdown(state, learner.displayName(), clock.instant());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lab-report.md").build().toString())
                .body(markdown);
    }

    private static Map<String, Object> verdictJson(ChecklistVerdict verdict, String shownEvidence) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("itemId", verdict.itemId());
        json.put("verdict", verdict.verdict().label());
        json.put("shown", verdict.shownLabel());
        json.put("style", verdict.shownStyle());
        json.put("evidence", shownEvidence);
        json.put("source", verdict.source());
        return json;
    }

    private static String slugOf(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    static List<String> archetypes() {
        return List.of("laptop-first", "single-gpu-desktop", "home-server", "cloud-first", "hybrid");
    }
}
