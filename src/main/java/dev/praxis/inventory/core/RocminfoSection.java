package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROCm's {@code rocminfo}: after the "HSA System Attributes", one "Agent N" section per CPU and GPU, each with its
 * name, marketing name, vendor, device type, memory pools and ISAs. A GPU agent gives an AMD GPU named by its
 * marketing name (its {@code gfx} id when that is blank), whose VRAM is its first coarse-grained global pool; the CPU
 * agent's marketing name is the CPU model. Pasted excerpts are often cut: lines before the first "Agent" header belong
 * to an agent whose header is gone, which is listed only when what is left shows a GPU's own memory (a global pool not
 * accessible by all agents), since a CPU's pools are shared with every agent.
 */
final class RocminfoSection extends DescribedSection {

    private static final String TOOL = "rocminfo";
    private static final Pattern AGENT = Pattern.compile("^Agent\\s+(\\d{1,3})$");
    private static final Pattern STARS = Pattern.compile("^\\*{3,}$");
    private static final Pattern BANNER = Pattern.compile("^(?:=+|HSA System Attributes|HSA Agents|ROCk module .*"
            + "|\\S+ is (?:a )?member of \\S+ group|\\*\\*\\* Done \\*\\*\\*)$");
    /** A value as rocminfo prints numbers: {@code 32443424(0x1ef0c20) KB}, {@code 128(0x80)}. */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,15})\\(0x[0-9a-fA-F]{1,16}\\)(?:\\s*(KB))?$");
    /** The lines of a pool, an ISA or a dimension list ({@code x  1024(0x400)}). */
    private static final Pattern NESTED = Pattern.compile("^(?:Pool|ISA)\\s+\\d{1,3}$|^[xyz]\\s+\\d.*$");
    /** Keys only rocminfo prints: one of them near the opening line makes the stretch rocminfo's. */
    private static final Set<String> OWN_KEYS = Set.of("marketing name", "vendor name", "alloc granule",
            "alloc recommended granule", "alloc alignment", "accessible by all", "segment", "device type",
            "max fbarriers/workgrp", "fbarrier max size", "queue max size", "queue min size", "simds per cu",
            "shader arrs. per eng.", "watchpts on addr. ranges", "internal node id", "float round mode",
            "isa info", "pool info", "hsa system attributes", "runtime version", "sig. max wait duration",
            "workgroup max size", "grid max size", "machine models", "default rounding mode");
    private static final Set<String> POOL_KEYS = Set.of("segment", "size", "accessible by all");
    private static final int LOOK_AHEAD = 8;

    RocminfoSection() {
        super(new Descriptor(TOOL,
                typed -> typed.startsWith(TOOL) || typed.endsWith("/" + TOOL) || typed.contains("/" + TOOL + " "),
                List.of("gpus"),
                "rocminfo's 'Agent N' sections with their 'Marketing Name' and memory pools"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!ours(lines.get(index))) {
            return -1;
        }
        boolean own = false;
        for (int i = index; i < limit && i < index + LOOK_AHEAD && !lines.endsOutputKeepingBlanks(i); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            if (!ours(lines.get(i))) {
                break;
            }
            own |= own(lines.get(i));
        }
        if (!own) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> ours(lines.get(i)));
    }

    /** Keys rocminfo prints at the margin, under "HSA System Attributes"; every agent's key is indented. */
    private static final Set<String> SYSTEM_KEYS = Set.of("runtime version", "runtime ext version",
            "system timestamp freq.", "sig. max wait duration", "machine model", "system endianness", "mwaitx",
            "xnack enabled", "dmabuf support", "vmm support");

    /** A line rocminfo prints: a banner, an agent header, an indented key with its value, a pool or ISA title. */
    private static boolean ours(String line) {
        String text = line.strip();
        if (BANNER.matcher(text).matches() || AGENT.matcher(text).matches() || STARS.matcher(text).matches()
                || NESTED.matcher(text).matches()) {
            return true;
        }
        KeyValue kv = KeyValue.parse(text);
        return kv != null && kv.key().length() <= 40 && !kv.key().contains("  ")
                && (line.startsWith(" ") || SYSTEM_KEYS.contains(kv.key().toLowerCase(Locale.ROOT)));
    }

    private static boolean own(String line) {
        String text = line.strip();
        if (AGENT.matcher(text).matches() || text.equals("HSA Agents") || text.startsWith("ROCk module")) {
            return true;
        }
        KeyValue kv = KeyValue.parse(text);
        return kv != null && OWN_KEYS.contains(kv.key().toLowerCase(Locale.ROOT));
    }

    @Override
    public void read(Block block, Facts facts) {
        List<Agent> agents = new ArrayList<>();
        // lines before the first header belong to an agent whose header was cut off
        Agent agent = new Agent(block.firstLine(), false);
        agents.add(agent);
        Pool pool = null;
        boolean done = false;
        for (int i = block.start(); i < block.end(); i++) {
            String text = block.line(i).strip();
            int number = TranscriptLines.number(i);
            if (AGENT.matcher(text).matches()) {
                agent = new Agent(number, true);
                agents.add(agent);
                pool = null;
                continue;
            }
            if (text.startsWith("Pool ") || text.startsWith("ISA ")) {
                pool = text.startsWith("Pool ") ? agent.pool() : null;
                continue;
            }
            done |= text.equals("*** Done ***");
            KeyValue kv = KeyValue.parse(text);
            if (kv == null) {
                continue;
            }
            String value = kv.value();
            String key = kv.key().toLowerCase(Locale.ROOT);
            if (pool == null && POOL_KEYS.contains(key)) {
                // an excerpt may start inside a pool, below its title
                pool = agent.pool();
            }
            switch (key) {
                case "name" -> {
                    if (value.startsWith("amdgcn-")) {
                        agent.isa = value;
                    } else if (agent.name == null) {
                        agent.name = value;
                    }
                }
                case "marketing name" -> agent.marketingName = value;
                case "vendor name" -> agent.vendor = value;
                case "device type" -> agent.deviceType = value;
                case "max fbarriers/workgrp" -> agent.gpuOnly = true;
                case "segment" -> pool.segment = value;
                case "size" -> {
                    Matcher size = NUMBER.matcher(value);
                    if (size.matches() && "KB".equals(size.group(2))) {
                        pool.kib = Long.parseLong(size.group(1));
                    }
                }
                case "accessible by all" -> pool.shared = !value.equalsIgnoreCase("FALSE");
                default -> {
                }
            }
        }
        for (Agent each : agents) {
            if (each.cpu()) {
                facts.put(Field.CPU_MODEL, each.marketingName != null && !each.marketingName.isBlank()
                        ? each.marketingName : each.name, each.line);
            } else if (each.gpu()) {
                Pool memory = each.memory();
                Long vram = memory == null ? null : memory.kib * 1024;
                facts.gpu(new Gpu("AMD", each.gpuName(), vram, vram == null ? null : 0L, null, null), TOOL, null,
                        each.line);
            }
        }
        // a cut excerpt without a GPU does not say the machine has none; the whole output ("*** Done ***") does
        facts.listsGpus = done || !facts.gpus.isEmpty();
        if (facts.values.isEmpty() && facts.gpus.isEmpty() && !done) {
            throw new UnreadableOutput(block.firstLine(), "an agent's 'Marketing Name', or a GPU's memory pool");
        }
    }

    /** A memory pool of an agent: its segment ({@code GLOBAL; FLAGS: COARSE GRAINED}), size and sharing. */
    private static final class Pool {

        private String segment;
        private Long kib;
        private Boolean shared;

        boolean deviceMemory() {
            return segment != null && segment.startsWith("GLOBAL") && segment.contains("COARSE") && kib != null;
        }
    }

    /** One agent as far as the excerpt shows it. */
    private static final class Agent {

        private final int line;
        private final boolean headed;
        private String name;
        private String marketingName;
        private String vendor;
        private String deviceType;
        private String isa;
        private boolean gpuOnly;
        private final List<Pool> pools = new ArrayList<>();

        Agent(int line, boolean headed) {
            this.line = line;
            this.headed = headed;
        }

        Pool pool() {
            Pool pool = new Pool();
            pools.add(pool);
            return pool;
        }

        /** The GPU's own memory: its first coarse-grained global pool. */
        Pool memory() {
            return pools.stream().filter(Pool::deviceMemory).findFirst().orElse(null);
        }

        boolean cpu() {
            return "CPU".equalsIgnoreCase(deviceType) || "CPU".equalsIgnoreCase(vendor);
        }

        /**
         * A GPU by its device type, vendor or ISA; an agent whose header was cut counts only with its own memory
         * pool in view, the one fact worth listing a nameless GPU for.
         */
        boolean gpu() {
            boolean gpu = "GPU".equalsIgnoreCase(deviceType) || "AMD".equalsIgnoreCase(vendor)
                    || name != null && name.matches("gfx[0-9a-f]{3,5}") || isa != null || gpuOnly;
            Pool memory = memory();
            return gpu && (headed || name != null || memory != null && Boolean.FALSE.equals(memory.shared));
        }

        String gpuName() {
            if (marketingName != null && !marketingName.isBlank()) {
                return marketingName;
            }
            String gfx = name != null && name.startsWith("gfx") ? name : isa == null ? null
                    : isa.replaceFirst("^amdgcn-amd-amdhsa--", "").replaceFirst(":.*$", "");
            return gfx == null ? "AMD GPU" : "AMD GPU (" + gfx + ")";
        }
    }
}
