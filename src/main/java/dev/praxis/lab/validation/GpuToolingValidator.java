package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.ToolStatus;

/** Step 3, item 3: whether GPU tooling is visible (nvidia-smi found or missing) is recorded. */
final class GpuToolingValidator extends UploadedInventoryValidator {

    private static final java.util.regex.Pattern GPU_WORDS = java.util.regex.Pattern.compile("gpu|graphics|vram"
            + "|nvidia|driver");

    @Override
    public String name() {
        return "gpu-tooling";
    }

    @Override
    public String source() {
        return "Hands-On Step 3 'whether GPU tooling is visible'; §6 'treat missing output as information'; §9"
                + " 'verify the toolchain'";
    }

    @Override
    Check recorded(Inventory inventory, LabFacts facts) {
        Inventory.GpuTooling tooling = inventory.gpuTooling();
        boolean nvidia = inventory.gpus().stream().anyMatch(gpu -> "NVIDIA".equals(gpu.vendor()));
        if (tooling == null) {
            return Check.attention("Your inventory does not say whether GPU tooling is visible.");
        }
        if (tooling.nvidiaSmi() == ToolStatus.AVAILABLE) {
            return Check.pass("Your inventory shows nvidia-smi found, reporting " + InventoryWords.gpus(inventory) + ".");
        }
        if (tooling.nvidiaSmi() == ToolStatus.MISSING) {
            return Check.pass(nvidia ? "Your inventory shows an NVIDIA GPU but nvidia-smi missing, so the driver stack"
                    + " is not visible yet, which is recorded." : "Your inventory shows nvidia-smi missing, recorded as"
                    + " information rather than failure.");
        }
        if (tooling.rocmSmi() == ToolStatus.AVAILABLE || tooling.systemProfiler() == ToolStatus.AVAILABLE) {
            return Check.pass("Your inventory shows the GPU through "
                    + (tooling.rocmSmi() == ToolStatus.AVAILABLE ? "rocm-smi" : "system_profiler") + ": "
                    + InventoryWords.gpus(inventory) + ".");
        }
        String unknowns = facts.work().unknowns();
        if (LabText.mentioned(unknowns, GPU_WORDS).isPresent()
                && LabText.mentioned(unknowns, InventoryRecordedValidator.NOT_YET).isEmpty()) {
            return Check.pass("nvidia-smi was not run, and you wrote down why the GPU tooling is unknown: "
                    + LabText.quote(unknowns) + ".");
        }
        return Check.attention("Your inventory does not show whether GPU tooling is visible: run nvidia-smi (or"
                + " system_profiler SPDisplaysDataType on a Mac) and upload its output.");
    }
}
