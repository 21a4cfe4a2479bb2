package dev.praxis.agent;

import dev.praxis.inventory.core.DiskType;
import dev.praxis.inventory.core.Inventory.Disk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import oshi.SystemInfo;
import oshi.hardware.HWDiskStore;

/**
 * Physical disks. NVMe shows in the name or model; on Linux the kernel's rotational flag separates SSD from HDD;
 * elsewhere an "SSD" in the model is the only hint.
 */
final class DiskProbe implements Probe {

    private final SystemInfo system;
    private final Path sysBlock;

    DiskProbe(SystemInfo system, Path sysBlock) {
        this.system = system;
        this.sysBlock = sysBlock;
    }

    @Override
    public String field() {
        return "disks";
    }

    @Override
    public void collect(Collected into) {
        List<Disk> disks = new ArrayList<>();
        boolean typeUnknown = false;
        for (HWDiskStore store : system.getHardware().getDiskStores()) {
            String name = store.getName().replaceFirst("^/dev/", "");
            if (name.matches("(zram|ram|loop)\\d+") || store.getSize() <= 0) {
                continue;
            }
            DiskType type = type(name, store.getModel());
            typeUnknown |= type == null;
            String model = store.getModel() == null || store.getModel().isBlank()
                    || store.getModel().equalsIgnoreCase("unknown") ? null : store.getModel().strip();
            disks.add(new Disk(name, model, store.getSize(), 0L, type));
        }
        if (disks.isEmpty()) {
            into.unknown("disks", "the operating system listed no physical disk");
        }
        if (typeUnknown) {
            into.unknown("disks[].type", "the operating system does not say whether some disks are SSD or HDD");
        }
        if (disks.stream().anyMatch(disk -> disk.model() == null)) {
            into.unknown("disks[].model", "the operating system reports no model for some disks "
                    + "(virtual disks have none)");
        }
        into.disks = disks;
    }

    private DiskType type(String name, String model) {
        String lowerModel = model == null ? "" : model.toLowerCase(Locale.ROOT);
        if (name.startsWith("nvme") || lowerModel.contains("nvme")) {
            return DiskType.NVME;
        }
        Path rotational = sysBlock.resolve(name).resolve("queue/rotational");
        if (Files.isReadable(rotational)) {
            try {
                return Files.readString(rotational).strip().equals("1") ? DiskType.HDD : DiskType.SSD;
            } catch (IOException unreadable) {
                return lowerModel.contains("ssd") ? DiskType.SSD : null;
            }
        }
        return lowerModel.contains("ssd") ? DiskType.SSD : null;
    }
}
