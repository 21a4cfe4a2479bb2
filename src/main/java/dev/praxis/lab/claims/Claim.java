package dev.praxis.lab.claims;

/**
 * One statement about the learner's machine, as they wrote it ({@code words}), read from a free-text lab answer.
 * Sizes are in bytes, as a range: "16 GB" may mean 16 GB or 16 GiB, "about 20 GB" a wider band, "16-32 GB" both ends.
 */
public sealed interface Claim {

    /** The learner's words the claim was read from, as a short quote. */
    String words();

    /** What a size claim is about. */
    enum Resource {
        RAM("RAM"), SWAP("swap"), VRAM("VRAM"), DISK("disk");

        private final String label;

        Resource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Which figure of the resource: its total (capacity), what is free or available, what is in use. */
    enum Aspect {
        TOTAL, FREE, USED,
        /** A GPU figure that may be per card or summed over the cards ("48 GB of VRAM across both cards"). */
        EACH_OR_SUM,
        /** A GPU figure said of one card ("the 16 GB Quadro", "one 8 GB card"): never the cards' sum. */
        EACH
    }

    /**
     * A size: RAM, swap, VRAM or disk. {@code mount} names the file system when the learner did ("/home", "C:"),
     * else null.
     */
    record Size(Resource resource, Aspect aspect, double lowBytes, double highBytes, String mount, String words)
            implements Claim {
    }

    /** How full a disk is, in percent ("91% used", "half my disk", "nearly full"). */
    record DiskUse(double lowPercent, double highPercent, String mount, String words) implements Claim {
    }

    /** Cores, threads or vCPUs; {@code threads} when the learner said threads, vCPUs or CPU(s). */
    record Cores(int count, boolean threads, String words) implements Claim {
    }

    /** A GPU by model ("RTX 3060", "Radeon Pro 5500M"); {@code key} is what its name must contain ("3060"). */
    record GpuModel(String key, String words) implements Claim {
    }

    /** "No GPU", "no discrete GPU", "only integrated graphics". */
    record NoGpu(String words) implements Claim {
    }

    /** A CPU by family or model ("Ryzen 9 7950X", "i5-12400", "M2 Pro"). */
    record CpuModel(String vendor, String key, String words) implements Claim {
    }

    /** What kind of machine it is. */
    record Machine(Kind kind, String words) implements Claim {

        public enum Kind {
            LAPTOP, DESKTOP, MAC, NATIVE_LINUX, WSL, VM
        }
    }

    /** That memory is swapping, or that there is no swap. */
    record Swapping(boolean swapping, String words) implements Claim {
    }
}
