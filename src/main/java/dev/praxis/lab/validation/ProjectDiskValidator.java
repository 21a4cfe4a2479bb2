package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Inventory.Filesystem;
import java.util.Optional;

/** Step 3, item 2: free space of the active project disk is in the inventory. */
final class ProjectDiskValidator extends UploadedInventoryValidator {

    private static final int NEARLY_FULL_PERCENT = 90;

    @Override
    public String name() {
        return "project-disk-free";
    }

    @Override
    public String source() {
        return "Hands-On Step 3 'free space on the active project disk'; §2 Storage; §4 'the system disk should not"
                + " live permanently near full capacity'";
    }

    @Override
    Check recorded(Inventory inventory, LabFacts facts) {
        Optional<Filesystem> project = inventory.projectFilesystem();
        if (project.isEmpty() || project.get().availableBytes() == null && project.get().usePercent() == null) {
            return Check.attention("Your inventory has no free-space line for the project disk: run df -h in your"
                    + " project folder and upload it again.");
        }
        Filesystem fs = project.get();
        boolean full = fs.usePercent() != null && fs.usePercent() >= NEARLY_FULL_PERCENT;
        return Check.pass("Your inventory shows the project disk " + InventoryWords.filesystem(fs)
                + (full ? ", nearly full, which your constraint summary should weigh." : "."));
    }
}
