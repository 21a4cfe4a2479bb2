package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.ToolStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 3, item 1 and the second success criterion: CPU, RAM, storage and GPU are in the uploaded inventory, or the
 * learner wrote the missing ones down as unknowns. "No GPU" counts as recorded when a GPU tool was run.
 */
final class InventoryRecordedValidator implements ItemValidator {

    private record Fact(String name, Optional<String> value, Pattern unknownWords) {
    }

    @Override
    public String name() {
        return "inventory-recorded";
    }

    @Override
    public String source() {
        return "Hands-On Step 3 command blocks; §6 'total memory, free storage, GPU identity, driver visibility'";
    }

    @Override
    public Check check(LabFacts facts) {
        if (facts.inventory().isEmpty()) {
            return Check.notDone("3", "no inventory uploaded");
        }
        Inventory inventory = facts.inventory().get();
        List<Fact> all = List.of(
                new Fact("CPU", InventoryWords.cpu(inventory), Pattern.compile("cpu|processor")),
                new Fact("RAM", InventoryWords.ram(inventory), Pattern.compile("\\bram\\b|memory")),
                new Fact("storage", storage(inventory), Pattern.compile("disk|storage|drive|ssd|nvme|space")),
                new Fact("GPU", gpu(inventory), Pattern.compile("gpu|graphics|vram")));
        List<String> shown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> writtenDown = new ArrayList<>();
        for (Fact fact : all) {
            if (fact.value().isPresent()) {
                shown.add(fact.value().get());
            } else if (LabText.mentioned(facts.work().unknowns(), fact.unknownWords()).isPresent()) {
                writtenDown.add(fact.name());
            } else {
                missing.add(fact.name());
            }
        }
        String shows = "Your inventory shows " + (shown.isEmpty() ? "none of CPU, RAM, storage and GPU"
                : String.join(", ", shown));
        if (!missing.isEmpty()) {
            return Check.attention(shows + ", but no " + String.join(" or ", missing)
                    + ": record it or write it down as an unknown.");
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

    private static Optional<String> gpu(Inventory inventory) {
        if (!inventory.gpus().isEmpty()) {
            return Optional.of(InventoryWords.gpus(inventory));
        }
        Inventory.GpuTooling tooling = inventory.gpuTooling();
        boolean looked = tooling != null && (tooling.lspci() == ToolStatus.AVAILABLE
                || tooling.systemProfiler() == ToolStatus.AVAILABLE || tooling.nvidiaSmi() != ToolStatus.NOT_RUN);
        return looked ? Optional.of("no GPU") : Optional.empty();
    }
}
