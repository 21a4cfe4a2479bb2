package dev.praxis.inventory;

import dev.praxis.account.PraxisUser;
import dev.praxis.inventory.core.InventoryReader;
import dev.praxis.system.web.NotFoundException;
import dev.praxis.system.web.Redirects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The learner's machine: upload (file or paste), the current inventory, and the history of uploads. */
@Controller
class InventoryPageController {

    private final InventoryService inventories;
    private final JsonMapper json;

    InventoryPageController(InventoryService inventories, JsonMapper json) {
        this.inventories = inventories;
        this.json = json;
    }

    @GetMapping("/inventory")
    String inventory(@AuthenticationPrincipal PraxisUser learner, Model model) {
        model.addAttribute("inventory", inventories.latest(learner.id()).orElse(null));
        model.addAttribute("uploads", inventories.history(learner.id()));
        model.addAttribute("parserVersion", InventoryReader.PARSER_VERSION);
        return "inventory/inventory";
    }

    @PostMapping("/inventory/uploads")
    String upload(@AuthenticationPrincipal PraxisUser learner, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String paste, @RequestParam(defaultValue = "/inventory") String returnTo,
                  RedirectAttributes redirect) throws IOException {
        String target = Redirects.isLocalPath(returnTo) ? returnTo : "/inventory";
        boolean hasFile = file != null && !file.isEmpty();
        if (hasFile == !paste.isBlank()) {
            redirect.addFlashAttribute("uploadError", hasFile
                    ? "Choose a file or paste the output, not both."
                    : "Choose praxis-inventory.json or a saved transcript, or paste the commands' output.");
            redirect.addFlashAttribute("uploadErrorFor", "paste");
            redirect.addFlashAttribute("paste", paste);
            return Redirects.toLocalPath(atTheField(target, "paste"));
        }
        try {
            InventoryUpload upload = hasFile
                    ? inventories.upload(learner.id(), "file", file.getOriginalFilename(), file.getBytes())
                    : inventories.upload(learner.id(), "paste", null, paste.getBytes(StandardCharsets.UTF_8));
            redirect.addFlashAttribute("uploaded", upload.id());
        } catch (InventoryService.UploadRejectedException | InventoryService.UploadTooLargeException
                 | UploadQuota.UploadRateLimitedException | UploadQuota.UploadQuotaExceededException e) {
            String field = hasFile ? "file" : "paste";
            redirect.addFlashAttribute("uploadError", e.getMessage());
            redirect.addFlashAttribute("uploadErrorFor", field);
            redirect.addFlashAttribute("paste", paste.length() > InventoryService.MAX_UPLOAD_BYTES ? "" : paste);
            return Redirects.toLocalPath(atTheField(target, field));
        }
        return Redirects.toLocalPath(target);
    }

    /**
     * The page to return to, scrolled to the form whose field was refused: its message stands next to the field, where
     * the learner is, not at the top of a long page (the lab's inventory step is thousands of pixels tall).
     */
    private static String atTheField(String target, String field) {
        int fragment = target.indexOf('#');
        return (fragment < 0 ? target : target.substring(0, fragment)) + "#upload-" + field;
    }

    @GetMapping("/inventory/uploads/{id}")
    String upload(@PathVariable long id, @AuthenticationPrincipal PraxisUser learner, Model model) {
        InventoryUpload upload = inventories.owned(learner.id(), id);
        model.addAttribute("upload", upload);
        model.addAttribute("inventory", inventories.inventory(learner.id(), id).orElse(null));
        model.addAttribute("raw", new String(inventories.raw(learner.id(), id), StandardCharsets.UTF_8));
        model.addAttribute("parserVersion", InventoryReader.PARSER_VERSION);
        return "inventory/upload";
    }

    @PostMapping("/inventory/uploads/{id}/reread")
    String reread(@PathVariable long id, @AuthenticationPrincipal PraxisUser learner, RedirectAttributes redirect) {
        InventoryUpload upload = inventories.reread(learner.id(), id);
        redirect.addFlashAttribute("reread", upload.parserVersion());
        return "redirect:/inventory/uploads/" + id;
    }

    @GetMapping("/inventory/uploads/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id, @AuthenticationPrincipal PraxisUser learner) {
        inventories.owned(learner.id(), id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("inventory-upload-" + id + ".txt").build().toString())
                .body(inventories.raw(learner.id(), id));
    }

    @GetMapping("/inventory/compare")
    String compare(@RequestParam long from, @RequestParam long to, @AuthenticationPrincipal PraxisUser learner, Model model) {
        InventoryUpload before = inventories.owned(learner.id(), from);
        InventoryUpload after = inventories.owned(learner.id(), to);
        if (!before.parsed() || !after.parsed()) {
            throw new NotFoundException("Only parsed uploads can be compared");
        }
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("changes", InventoryDiff.between(json.readTree(before.normalizedJson()),
                json.readTree(after.normalizedJson())));
        return "inventory/compare";
    }
}
