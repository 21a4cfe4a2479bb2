package dev.praxis.inventory;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page with the upload form needs, wherever it is shown (inventory page, lab). */
@ControllerAdvice
class InventoryPageAdvice {

    /** The agent's upload address as this learner reaches the platform, for the copyable command. */
    @ModelAttribute("inventoryApiUrl")
    String inventoryApiUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/inventory").toUriString();
    }

    /** A file over the multipart limit is refused before any controller runs: say so on the inventory page. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("uploadError", new InventoryService.UploadTooLargeException().getMessage());
        redirect.addFlashAttribute("uploadErrorFor", "file");
        return "redirect:/inventory#upload-file";
    }
}
