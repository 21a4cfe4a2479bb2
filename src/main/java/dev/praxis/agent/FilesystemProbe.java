package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory.Filesystem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import oshi.SystemInfo;
import oshi.software.os.OSFileStore;

/** Local file systems, with the one holding the project directory marked. Pseudo file systems are left out. */
final class FilesystemProbe implements Probe {

    private static final Set<String> PSEUDO_TYPES = Set.of("tmpfs", "devtmpfs", "squashfs", "devfs", "autofs",
            "proc", "sysfs", "cgroup", "cgroup2", "efivarfs", "ramfs", "nullfs");

    private final SystemInfo system;
    private final Path projectDir;

    FilesystemProbe(SystemInfo system, Path projectDir) {
        this.system = system;
        this.projectDir = projectDir;
    }

    @Override
    public String field() {
        return "filesystems";
    }

    @Override
    public void collect(Collected into) {
        List<OSFileStore> stores = system.getOperatingSystem().getFileSystem().getFileStores(true).stream()
                .filter(store -> !PSEUDO_TYPES.contains(store.getType()) && store.getTotalSpace() > 0
                        && !store.getVolume().matches("/dev/loop\\d+"))
                .toList();
        String project = projectPath(into);
        int projectIndex = -1;
        for (int i = 0; i < stores.size(); i++) {
            String mount = stores.get(i).getMount();
            if (project != null && holds(mount, project)
                    && (projectIndex < 0 || mount.length() > stores.get(projectIndex).getMount().length())) {
                projectIndex = i;
            }
        }
        if (project != null && projectIndex < 0) {
            into.unknown("filesystems[].projectDisk", "no listed file system holds " + project);
        }
        List<Filesystem> result = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            OSFileStore store = stores.get(i);
            long used = store.getTotalSpace() - store.getFreeSpace();
            long available = store.getUsableSpace();
            // df rounds use% up, over the space ordinary users can reach (used + available)
            Integer percent = used + available > 0 ? (int) ((used * 100 + used + available - 1) / (used + available))
                    : null;
            result.add(new Filesystem(store.getVolume(), store.getMount(), store.getType(), store.getTotalSpace(), 0L,
                    used, 0L, available, 0L, percent, i == projectIndex));
        }
        into.filesystems = result;
    }

    private String projectPath(Collected into) {
        try {
            return projectDir.toRealPath().toString();
        } catch (IOException e) {
            into.unknown("filesystems[].projectDisk", "the project directory " + projectDir + " cannot be read: " + e);
            return null;
        }
    }

    private static boolean holds(String mount, String path) {
        if (mount.equals("/")) {
            return path.startsWith("/");
        }
        String withSeparator = mount.endsWith("/") || mount.endsWith("\\") ? mount : mount + "/";
        return path.equals(mount) || path.startsWith(withSeparator)
                || path.regionMatches(true, 0, mount, 0, mount.length()) && mount.endsWith("\\");
    }
}
