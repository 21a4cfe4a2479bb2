package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.lab.claims.InventorySource;
import java.util.Optional;

/** Inventory facts in the words of a feedback sentence ("/ at 91% used, 24 GiB free"). */
final class InventoryWords {

    private InventoryWords() {
    }

    static String gib(long bytes) {
        return InventorySource.gib(bytes);
    }

    static Optional<String> cpu(Inventory inventory) {
        return Optional.ofNullable(inventory.cpu()).map(Inventory.CpuInfo::model);
    }

    static Optional<String> ram(Inventory inventory) {
        return Optional.ofNullable(inventory.memory()).map(Inventory.MemoryInfo::totalBytes)
                .map(bytes -> gib(bytes) + " RAM");
    }

    static Optional<String> projectDisk(Inventory inventory) {
        return inventory.projectFilesystem().map(InventoryWords::filesystem);
    }

    static String filesystem(Filesystem fs) {
        StringBuilder words = new StringBuilder(fs.mount());
        if (fs.usePercent() != null) {
            words.append(" at ").append(fs.usePercent()).append("% used");
        }
        if (fs.availableBytes() != null) {
            words.append(fs.usePercent() != null ? ", " : " with ").append(gib(fs.availableBytes())).append(" free");
        }
        return words.toString();
    }

    /** The strongest GPU ("NVIDIA GeForce RTX 3060 with 12 GiB VRAM"), or that none is listed. */
    static String gpus(Inventory inventory) {
        if (inventory.gpus().isEmpty()) {
            return "no GPU";
        }
        Gpu gpu = inventory.gpus().stream()
                .filter(g -> g.vramBytes() != null)
                .max((a, b) -> Long.compare(a.vramBytes(), b.vramBytes()))
                .orElse(inventory.gpus().get(0));
        String name = gpu.name() == null ? "a GPU" : gpu.name();
        String more = inventory.gpus().size() > 1 ? " (" + inventory.gpus().size() + " GPUs)" : "";
        return gpu.vramBytes() == null ? name + more : name + " with " + gib(gpu.vramBytes()) + " VRAM" + more;
    }

    /** A discrete GPU: dedicated VRAM or marked not integrated. */
    static boolean hasDiscreteGpu(Inventory inventory) {
        return inventory.gpus().stream().anyMatch(gpu -> Boolean.FALSE.equals(gpu.integrated())
                || gpu.integrated() == null && gpu.vramBytes() != null);
    }
}
