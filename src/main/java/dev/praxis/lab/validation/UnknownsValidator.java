package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.lab.claims.Claim;
import dev.praxis.lab.claims.ClaimCheck.Checked;
import dev.praxis.lab.claims.ClaimCheck.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step 3, item 4: the learner wrote down, in their own words, what the inventory could not determine, and stated
 * nothing it could not determine as fact. The facts that matter for the lab's decisions count (CPU cores, memory and
 * swap, disks when no file system is listed either, the GPUs and a discrete GPU's memory); details no decision rests on
 * (a disk's model, a file system's type, the clock, sensors, an Apple GPU's share of unified memory, WSL2's virtual
 * display adapter) do not. Without an upload, written unknowns are judged as written.
 */
final class UnknownsValidator implements ItemValidator {

    private record Kind(String label, Pattern words) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();
    /**
     * "None.", "Nothing is unknown", "Невідомо нічого" (glossed): the learner says the machine holds no unknown, which
     * a figure of theirs the inventory contradicts shows to be a guess (Step 3: "instead of guessing").
     */
    private static final Pattern NOTHING_UNKNOWN = Pattern.compile("^\\W*(?:none|nothing(?: is)? unknown|no unknowns"
            + "|unknown:? (?:nothing|none|нічого)|нічого (?:не )?unknown)(?![\\p{L}\\p{N}])");
    private static final Pattern VIRTUAL_ADAPTER = Pattern.compile("(?i)basic render driver|basic display|virtio");
    /**
     * "I only pasted df -h", "I uploaded only the nvidia-smi output": the learner says their upload covers part of the
     * machine, which declares everything it does not read unknown without listing it (not "not only").
     */
    private static final Pattern PARTIAL_UPLOAD = Pattern.compile("(?i)(?<!not )\\b(only|just)\\s+(pasted|ran|run|"
            + "uploaded|shared|included|copied)\\b|\\b(pasted|ran|uploaded|shared|included|copied)\\s+(only|just)\\b");

    static {
        KINDS.put("cpu", new Kind("CPU cores", Pattern.compile("cpu|processor|\\bcores?\\b|threads?")));
        KINDS.put("memory", new Kind("memory", Pattern.compile("\\bram\\b|memory|swap")));
        KINDS.put("disks", new Kind("disks", Pattern.compile("disk|drive|storage|ssd|nvme|hdd|space")));
        KINDS.put("filesystems", new Kind("free space", Pattern.compile("disk|drive|storage|space|df\\b|file ?system")));
        KINDS.put("gpus", new Kind("GPU", Pattern.compile("gpu|vram|graphics|video|driver|nvidia|radeon|\\bmig\\b")));
    }

    @Override
    public String name() {
        return "unknowns-written";
    }

    @Override
    public String source() {
        return "Hands-On Step 3 'I wrote down any unknowns instead of guessing'; inventory unknowns (schema v1)";
    }

    @Override
    public Check check(LabFacts facts) {
        // Step 3's own instruction given as the unknowns names no unknown of this machine (ModuleWording)
        return written(facts).with(facts.moduleWording().copiedFinding(facts.work().unknowns(), "Step 3 asks you to"
                + " write down what this machine's inventory left unknown, and why").stream().toList());
    }

    private Check written(LabFacts facts) {
        String written = facts.work().unknowns();
        if (facts.inventory().isEmpty()) {
            return LabText.blank(written) ? facts.noInventory("3") : Check.pass("You wrote your unknowns down: "
                    + LabText.quote(written) + "; an upload will show whether they are all.");
        }
        Inventory inventory = facts.inventory().get();
        if (LabText.blank(written)) {
            return inventory.unknowns().isEmpty() ? Check.pass("Your inventory determined every fact it looks for,"
                    + " so there is no unknown to write down.") : Check.notDone("3", "the inventory could not"
                    + " determine " + String.join(", ", inventory.unknowns().stream().map(Inventory.Unknown::field)
                    .toList()) + ", and you have written no unknowns");
        }
        Set<Kind> lacking = lacking(inventory);
        String lackingLabels = String.join(", ", lacking.stream().map(Kind::label).toList());
        boolean partialUpload = PARTIAL_UPLOAD.matcher(written).find();
        List<String> unmentioned = partialUpload ? List.of() : lacking.stream()
                .filter(kind -> LabText.mentioned(written, kind.words()).isEmpty()).map(Kind::label).toList();
        List<Finding> findings = new ArrayList<>();
        if (!unmentioned.isEmpty()) {
            findings.add(new Finding(Verdict.NEEDS_ATTENTION, "Your inventory could not determine " + lackingLabels
                    + ", but your unknowns do not mention "
                    + String.join(" or ", unmentioned) + "."));
        }
        if (NOTHING_UNKNOWN.matcher(LabText.fold(written)).find()) {
            stated(facts).stream().filter(c -> c.status() == Status.CONTRADICTED).findFirst().ifPresent(wrong ->
                    findings.add(new Finding(Verdict.FAIL, "You wrote that nothing is unknown, yet you state a figure"
                            + " your inventory contradicts, a guess: " + wrong.sentence())));
        }
        for (Checked guess : guesses(facts, written)) {
            findings.add(new Finding(Verdict.NEEDS_ATTENTION, "You state " + LabText.quote(guess.claim().words())
                    + " as fact, but your inventory could not determine it and your unknowns do not say so: "
                    + guess.sentence()));
        }
        findings.add(new Finding(Verdict.PASS, lacking.isEmpty() ? "Your inventory lacks nothing the lab's decisions"
                + " rest on; your notes: " + LabText.quote(written) + "." : partialUpload ? "You said your upload covers"
                + " only part of the machine, which leaves " + lackingLabels + " unknown: " + LabText.quote(written)
                + "." : "You wrote down what the inventory could not determine (" + lackingLabels + "): "
                + LabText.quote(written) + "."));
        return new Check(findings);
    }

    /** The kinds of fact the lab's decisions rest on that the inventory could not determine. */
    private static Set<Kind> lacking(Inventory inventory) {
        Set<Kind> lacking = new LinkedHashSet<>();
        boolean mac = inventory.os() != null && "macOS".equals(inventory.os().name());
        for (Inventory.Unknown unknown : inventory.unknowns()) {
            String field = unknown.field();
            String kind = field.split("[.\\[]", 2)[0];
            // The module's macOS block never reads core counts or swap (sysctl -n machdep.cpu.brand_string and
            // hw.memsize only): on a Mac, leaving them out of the unknowns is no omission.
            boolean matters = switch (kind) {
                case "cpu" -> field.equals("cpu.model") || !mac && (field.endsWith("Cores") || field.equals("cpu"));
                case "memory" -> field.endsWith("totalBytes") && !field.endsWith("swapTotalBytes")
                        || !mac && field.endsWith("swapTotalBytes") || field.equals("memory");
                case "disks" -> field.equals("disks") && inventory.filesystems().isEmpty();
                case "filesystems" -> field.equals("filesystems");
                case "gpus" -> field.equals("gpus") || field.endsWith("vramBytes") && discreteGpu(inventory, field);
                default -> false;
            };
            if (matters) {
                lacking.add(KINDS.get(kind));
            }
        }
        return lacking;
    }

    private static boolean discreteGpu(Inventory inventory, String field) {
        java.util.regex.Matcher index = Pattern.compile("gpus\\[(\\d+)]").matcher(field);
        if (!index.find()) {
            return false;
        }
        Inventory.Gpu gpu = inventory.gpus().get(Integer.parseInt(index.group(1)));
        return !Boolean.TRUE.equals(gpu.integrated()) && !"Apple".equals(gpu.vendor())
                && (gpu.name() == null || !VIRTUAL_ADAPTER.matcher(gpu.name()).find());
    }

    /** The claims the learner states about the machine where a guess would show. */
    private static List<Checked> stated(LabFacts facts) {
        LabWork work = facts.work();
        LabWork.Summary s = facts.summary();
        return facts.claimsIn(LabText.joined(work.archetypeReason(), s.firstBottleneck(), s.evidence(),
                s.secondBottleneck(), work.recommendation()));
    }

    /** Figures the learner states as fact although the upload lacks them, where their unknowns do not mention them. */
    private static List<Checked> guesses(LabFacts facts, String written) {
        List<Checked> guesses = new ArrayList<>();
        for (Checked checked : stated(facts)) {
            if (checked.status() != Status.UNSETTLED) {
                continue;
            }
            Pattern words = checked.claim() instanceof Claim.Size size ? switch (size.resource()) {
                case RAM, SWAP -> KINDS.get("memory").words();
                case VRAM -> KINDS.get("gpus").words();
                case DISK -> KINDS.get("disks").words();
            } : checked.claim() instanceof Claim.GpuModel || checked.claim() instanceof Claim.NoGpu
                    ? KINDS.get("gpus").words() : checked.claim() instanceof Claim.Cores
                    || checked.claim() instanceof Claim.CpuModel ? KINDS.get("cpu").words()
                    : checked.claim() instanceof Claim.DiskUse ? KINDS.get("filesystems").words() : null;
            if (words != null && LabText.mentioned(written, words).isEmpty()) {
                guesses.add(checked);
            }
        }
        return guesses;
    }
}
