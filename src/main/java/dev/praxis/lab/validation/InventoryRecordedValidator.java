package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.ToolStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 3, item 1 and the second success criterion: CPU, RAM, storage and GPU are in the uploaded inventory "where
 * available". A GPU tool that was run and is missing (a VM without lspci, nvidia-smi not installed) counts: the
 * information is not available there. A fact whose command was simply not run is available by running it; written
 * down as unknown for a reason it passes, written down as "not run yet" it still waits.
 */
final class InventoryRecordedValidator extends UploadedInventoryValidator {

    private record Fact(String name, Optional<String> value, Pattern unknownWords, String command) {
    }

    static final Pattern NOT_YET = Pattern.compile("until i (?:run|upload|check)|haven't (?:run|checked|uploaded)"
            + "|have not (?:run|checked|uploaded)|did(?:n't| not) run|only ran|not run (?:it )?yet|will run|later|yet to"
            + " run|forgot");

    @Override
    public String name() {
        return "inventory-recorded";
    }

    @Override
    public String source() {
        return "Hands-On Step 3 command blocks; §6 'total memory, free storage, GPU identity, driver visibility'";
    }

    @Override
    Check recorded(Inventory inventory, LabFacts facts) {
        String unknowns = facts.work().unknowns();
        List<Fact> all = List.of(
                new Fact("CPU", InventoryWords.cpu(inventory), Pattern.compile("cpu|processor"), "lscpu"),
                new Fact("RAM", InventoryWords.ram(inventory), Pattern.compile("\\bram\\b|memory"), "free -h"),
                new Fact("storage", storage(inventory), Pattern.compile("disk|storage|drive|ssd|nvme|space"), "df -h"),
                new Fact("GPU", gpu(inventory), Pattern.compile("gpu|graphics|vram"), "lspci and nvidia-smi"));
        List<String> shown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> writtenDown = new ArrayList<>();
        for (Fact fact : all) {
            if (fact.value().isPresent()) {
                shown.add(fact.value().get());
            } else if (LabText.mentioned(unknowns, fact.unknownWords()).isPresent()
                    && LabText.mentioned(unknowns, NOT_YET).isEmpty()) {
                writtenDown.add(fact.name());
            } else {
                missing.add(fact.name() + " (" + fact.command() + ")");
            }
        }
        String shows = "Your inventory shows " + (shown.isEmpty() ? "none of CPU, RAM, storage and GPU"
                : String.join(", ", shown));
        if (!missing.isEmpty()) {
            return Check.attention(shows + ", but no " + String.join(" or ", missing) + facts.unreadable()
                    .map(problem -> ": part of your upload could not be read (" + problem + "); upload it again.")
                    .orElse(": run the command and upload its output, or write down why it cannot be known."));
        }
        return Check.pass(shows + (writtenDown.isEmpty() ? "" : ", and you wrote down "
                + String.join(" and ", writtenDown) + " as unknown") + ".");
    }

    private static Optional<String> storage(Inventory inventory) {
        Optional<String> project = InventoryWords.projectDisk(inventory);
        if (project.isPresent()) {
            return project;
        }
        return inventory.disks().stream().filter(disk -> disk.sizeBytes() != null).findFirst()
                .map(disk -> "a " + InventoryWords.gib(disk.sizeBytes()) + " disk");
    }

    /** The GPUs, or "no GPU information available" when the GPU commands ran and were missing. */
    private static Optional<String> gpu(Inventory inventory) {
        if (!inventory.gpus().isEmpty()) {
            return Optional.of(InventoryWords.gpus(inventory));
        }
        Inventory.GpuTooling tooling = inventory.gpuTooling();
        boolean looked = tooling != null && (tooling.lspci() != ToolStatus.NOT_RUN
                || tooling.systemProfiler() == ToolStatus.AVAILABLE || tooling.nvidiaSmi() != ToolStatus.NOT_RUN);
        return looked ? Optional.of(tooling.lspci() == ToolStatus.AVAILABLE || tooling.nvidiaSmi()
                == ToolStatus.AVAILABLE ? "no GPU" : "no GPU tools in this system (lspci or nvidia-smi missing)")
                : Optional.empty();
    }
}
