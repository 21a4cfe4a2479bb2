package dev.praxis.quiz;

import dev.praxis.system.web.FormProblems;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rubric editor pages (only instructors reach {@code /instructor/**}): open a module's rubric, try an answer and
 * the cohort's past answers against an edit, save it as the module's grading file, regrade past attempts.
 */
@Controller
class RubricEditorController {

    private final RubricEditing editing;

    RubricEditorController(RubricEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/instructor/rubrics/{*slug}")
    String open(@PathVariable String slug, Model model) {
        RubricEditing.Editor editor = editing.open(slug.replaceAll("^/+|/+$", ""));
        return page(model, editor, editor.yaml(), editor.base());
    }

    @PostMapping("/instructor/rubrics/try")
    String tryEdit(@Valid QuizForms.RubricEdit form, BindingResult validation, Model model,
            HttpServletResponse response) {
        RubricEditing.Editor editor = editing.open(form.module());
        model.addAttribute("question", form.question());
        model.addAttribute("answer", form.answer());
        if (refused(validation, model, response)) {
            return page(model, editor, form.yaml(), form.base());
        }
        try {
            model.addAttribute("trial", editing.tryEdit(form.module(), form.yaml(), form.question(), form.answer()));
        } catch (RubricEditing.InvalidRubric e) {
            invalid(model, response, e);
        }
        return page(model, editor, form.yaml(), form.base());
    }

    @PostMapping("/instructor/rubrics/save")
    String save(@Valid QuizForms.RubricEdit form, BindingResult validation, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String module = form.module();
        RubricEditing.Editor editor = editing.open(module);
        if (refused(validation, model, response)) {
            return page(model, editor, form.yaml(), form.base());
        }
        try {
            editing.save(module, form.yaml(), form.base());
        } catch (RubricEditing.InvalidRubric e) {
            invalid(model, response, e);
            return page(model, editor, form.yaml(), form.base());
        } catch (RubricEditing.ConcurrentEdit e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", e.getMessage());
            return page(model, editing.open(module), form.yaml(), form.base());
        }
        redirect.addFlashAttribute("message", "Saved as this module's grading file. Regrade past attempts to apply it "
                + "to answers already given.");
        return "redirect:/instructor/rubrics/" + module;
    }

    @PostMapping("/instructor/rubrics/regrade")
    String regrade(@RequestParam String module, RedirectAttributes redirect) {
        RubricEditing.RegradeReport report = editing.regrade(module);
        redirect.addFlashAttribute("message", "Regraded " + report.answers() + " past answer"
                + (report.answers() == 1 ? "" : "s") + "; " + report.changed() + " changed verdict"
                + (report.changed() == 1 ? "." : "s."));
        return "redirect:/instructor/rubrics/" + module;
    }

    /** A form the editor cannot use at all: said at the top of the page, with what was typed kept in the fields. */
    private static boolean refused(BindingResult validation, Model model, HttpServletResponse response) {
        if (!validation.hasErrors()) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", String.join(" ", FormProblems.of(validation).values()));
        return true;
    }

    private static void invalid(Model model, HttpServletResponse response, RubricEditing.InvalidRubric e) {
        response.setStatus(422);
        model.addAttribute("error", "The rubric does not load, " + e.getMessage());
        model.addAttribute("errorLine", e.line());
    }

    private static String page(Model model, RubricEditing.Editor editor, String yaml, String base) {
        model.addAttribute("editor", editor);
        model.addAttribute("yaml", yaml);
        model.addAttribute("base", base);
        model.addAttribute("questions", editor.module().quiz().questions());
        model.addAttribute("lines", yaml.split("\n", -1).length);
        if (!model.containsAttribute("trial")) {
            model.addAttribute("trial", null);
        }
        return "quiz/rubric-editor";
    }
}
