package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.lab.claims.Remembered;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's symptom table (Hands-On Step 5, the same rows as §6 "Reading Symptoms Like An Engineer"): symptom
 * words, the likely constraint, and the words of the first fix to try. The last row, rare large jobs, is not a
 * machine constraint: its constraint is "workload scale" and its fix the cloud.
 */
final class SymptomTable {

    static final String WORKLOAD_SCALE = "workload scale";

    /**
     * One row: {@code resourceWords} name the resource itself ("swap", "cores", "fans") and weigh more than the
     * activity words ("notebooks", "installs") when a symptom could belong to several rows.
     */
    record Row(String symptom, String constraintLabel, Set<String> constraints, Pattern symptomWords,
               Pattern resourceWords, Pattern fixWords, String fix) {

        boolean accepts(String constraint) {
            return constraints.contains(constraint);
        }

        boolean isGpu() {
            return constraints.contains(Constraint.VRAM.id());
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("model fails when context or batch grows", "VRAM", Set.of(Constraint.VRAM.id()),
                    Pattern.compile("context|batch|out of memory|\\boom\\b|cuda|(?:won't|doesn't|does not|don't|do not|will not|can't|cannot)"
                            + " (?:fit|load|run)|fails? to (?:load|run)|vram|gpu memory|too big for"),
                    Pattern.compile("\\bvram\\b|gpu memory|out of memory|\\boom\\b|cuda"),
                    Pattern.compile("smaller model|(?:lower|shorter|reduc\\w*|smaller) (?:the )?context|context length"
                            + "|quanti[sz]\\w*|smaller batch|batch size|reduc\\w* (?:the )?batch|offload\\w*|4-bit|q4"
                            + "|\\b[1-7]b\\b|gradient accumulation|qlora|(?:cap\\w*|limit\\w*) (?:the )?context|context"
                            + " (?:capped|limited|cap)|\\b\\d+k context|kv cache|split\\w* (?:the )?(?:\\w+ )?(?:model|layers)"
                            + "|across (?:both |two |the |\\w+ )?(?:cards|gpus)"
                            // image generation: "--medvram", "low-VRAM mode", a lower resolution, "at 512x512"
                            + "|(?:low|med)[- ]?vram|(?:lower|reduc\\w*|smaller) (?:the )?resolution|\\bat \\d{3}x\\d{3}\\b"),
                    "smaller model, lower context, stronger quantization, smaller batch"),
            new Row("notebooks slow while browser and services are open", "system RAM", Set.of(Constraint.RAM.id()),
                    Pattern.compile("\\bnotebooks?\\b|browser|\\btabs?\\b|\\bservices?\\b|swap\\w*|memory pressure|\\bram\\b|freez\\w*"
                            + "|chrome|firefox|docker|pandas|kernel (?:dies|died|crash\\w*|restart\\w*)"),
                    Pattern.compile("\\bram\\b|swap\\w*|memory pressure|(?<!gpu |out of )memory"),
                    Pattern.compile("clos\\w*|quit\\w*|shut\\w* down|kill\\w*|fewer|reduc\\w* (?:the )?(?:service|tab|process)\\w*|stop\\w*|add (?:more )?"
                            + "(?:ram|memory)|more (?:ram|memory)|(?:ram|memory) upgrade|upgrad\\w* (?:the )?(?:ram|memory)"
                            + "|stream\\w*|smaller batch|batch size|\\badd ram\\b|memory limit|wslconfig|chunk\\w*"
                            // §6 "reduce batch size, stream data, close competing services": work done in batches, a
                            // service's memory capped
                            + "|\\bin (?:smaller )?batches\\b|\\bbatched\\b|\\bcap\\w* (?:the )?(?:\\S+ )?memory\\b"),
                    "close competing processes, reduce service count, add RAM if supported"),
            new Row("installs, model loads, and checkpoints are slow", "storage", Set.of(Constraint.STORAGE.id()),
                    Pattern.compile("install\\w*|model loads?|loading|checkpoints?|\\bdisk\\b|\\bfull\\b|space|% used"
                            + "|\\bdf\\b|writes?|fill\\w*|downloads?|/home|\\bssd\\b"),
                    Pattern.compile("\\bdisk\\b|\\bfull\\b|no space|space left|% used|\\bdf\\b|fills? up|\\bssd\\b"
                            + "|storage"),
                    Pattern.compile("free (?:up )?(?:\\w+ )?space|clean\\w*|clear\\w*|delet\\w*|remov\\w*|mov\\w* (?:the )?"
                            + "(?:\\w+ )?(?:models?|artifacts?|datasets?|checkpoints?|caches?|adapters?|weights|outputs?|logs?)"
                            + "|keep\\w* only (?:the )?(?:last|latest|newest|best)|nvme|\\bssd\\b|(?:second|another"
                            + "|new|bigger|larger|extra|external) (?:\\w+ )?(?:disk|drive|ssd)|prune|artifacts?"
                            + "|resiz\\w* (?:the )?(?:\\w+ )?(?:volume|disk|drive)|(?:volume|disk) resiz\\w*"),
                    "free space, move artifacts, add fast NVMe storage"),
            new Row("performance drops after several minutes", "thermals or power",
                    Set.of(Constraint.THERMALS.id(), Constraint.POWER_EXPANSION.id()),
                    Pattern.compile("after (?:about |around |roughly )?(?:several |a few |\\d+ )?minutes|throttl\\w*"
                            + "|\\bhot\\b|heat|\\bfans?\\b|loud|noise|temperature\\w*|slows? down|drops?|clocks?"
                            // a laptop slower on battery than plugged in: its power limit (§2 "suspect heat or power
                            // limits")
                            + "|on battery|unplugged|plugged in|power limit\\w*"),
                    Pattern.compile("throttl\\w*|\\bhot\\b|heat|\\bfans?\\b|temperature\\w*|clocks? drop|on battery"
                            + "|unplugged|power limit\\w*"),
                    Pattern.compile("monitor\\w*|temperatures?|airflow|\\bfans?\\b|fan curves?|cool\\w*|reduc\\w* (?:the )?"
                            + "sustained load|undervolt\\w*|power limit|dust|shorter (?:runs|jobs|sessions)|laptop stand"
                            + "|raise|elevat\\w*"),
                    "monitor temperatures, improve airflow, reduce sustained load"),
            new Row("upgrade part does not fit or lacks connectors", "case, PCIe, power",
                    Set.of(Constraint.POWER_EXPANSION.id()),
                    Pattern.compile("(?:part|card|gpu) (?:does not|doesn't|won't) fit|connectors?|\\bpsu\\b|pcie|\\bslots?\\b"
                            + "|clearance|power supply|\\bcase\\b"),
                    Pattern.compile("connectors?|\\bpsu\\b|pcie|\\bslots?\\b|clearance|power supply"),
                    Pattern.compile("redesign\\w*|platform plan|plan\\w* (?:the )?platform|check\\w* (?:the )?(?:psu"
                            + "|connectors?|clearance|slots?)|before buying"),
                    "redesign platform plan before buying"),
            new Row("underused GPU, slow data prep, sluggish tools", "CPU", Set.of(Constraint.CPU.id()),
                    Pattern.compile("\\bcores?\\b|\\bcpus?\\b|vcpus?|cpu load|load average|100%|pegged|sluggish"
                            + "|data prep\\w*|underused gpu|\\bbusy\\b|\\bcrawl\\w*|\\bstall\\w*|compil\\w*|\\bbuilds?\\b"),
                    Pattern.compile("\\bcores?\\b|\\bcpus?\\b|vcpus?|pegged|cpu load|load average"),
                    Pattern.compile("fewer|one (?:heavy )?(?:job|thing)s? at a time|parallel\\w*|more (?:v?cpus?|cores)"
                            + "|vcpus?|\\bcores\\b|resiz\\w*|faster cpu|background|at once|queue\\w*|schedul\\w*|nice|cach\\w*"
                            + "|\\bci\\b|remote\\w*|offload\\w*"),
                    "run fewer jobs at once, give the work more cores"),
            new Row("rare large jobs exceed local capacity", WORKLOAD_SCALE, Set.of(WORKLOAD_SCALE),
                    Pattern.compile("\\brare\\w*|occasional\\w*|monthly|large jobs?|exceed\\w*|beyond|once a month"),
                    Pattern.compile("\\brare\\w*|occasional\\w*|once a month"),
                    Pattern.compile("cloud|burst|rent\\w*|hosted"),
                    "use cloud burst with cost and environment controls"));

    /**
     * Layers "offloaded to the CPU" (or that "go to the CPU", that a runtime "puts on the CPU") are what does not fit
     * in VRAM (§2: "the system may fall back to slower memory paths"; also "puts about half of its layers on the CPU"), a VRAM symptom that only names the CPU as where
     * the rest goes.
     */
    private static final Pattern OFFLOAD_TO_CPU = Pattern.compile(
            "(?:offload\\w*|spill\\w*|fall\\w* back|layers? (?:go(?:es)?|went|mov\\w*"
            + "|land\\w*|end up|are put|get put|sit)|(?:put|move|send)s? (?:\\w+ ){0,5}layers)(?: \\w+){0,3}"
            + " (?:to|onto|into|on) (?:the )?(?:cpu|system ram|ram)");
    /**
     * A share of the model that runs on the CPU ("part of it runs on the CPU", "the rest runs on the CPU", "most layers
     * run on the CPU", "with half of its layers on the CPU", Ollama's "45%/55% CPU/GPU", "split 27%/73% between CPU and
     * GPU"), or the whole model generating on the CPU: the same fall-back as layers offloaded to it.
     */
    private static final Pattern SHARE_ON_CPU = Pattern.compile("(?:\\b(?:part|most|half|some|much|rest|remainder"
            + "|majority)(?: of (?:it|them|the model|the weights|its layers|the layers))?|\\b(?:most|some|many|other"
            + "|remaining|the other) (?:\\w+ )?layers) (?:still )?(?:runs?|running|is running|are running|sits?|stays?|is"
            + "|are|goes|go|lives?|ends? up) on (?:the )?cpu\\b|\\b\\d+%\\s*/\\s*\\d+%\\s*cpu\\s*/\\s*gpu\\b"
            + "|\\b(?:part|most|half|some|much|rest|remainder|majority) of (?:its|the|their) layers on (?:the )?cpu\\b"
            // "split 27%/73% between CPU and GPU", "split between the CPU and the GPU"
            + "|\\bsplit (?:\\d+%\\s*/\\s*\\d+% )?(?:between|across) (?:the )?cpu and (?:the )?gpu\\b"
            // a model that runs or generates on the CPU as a whole ("the 70B model at Q4 generates about 3 tokens per
            // second on the CPU"): the fallback slowdown of §2's constraint table, with no VRAM to hold it
            + "|\\b(?:model|llm|\\d+b)\\b(?:[ ,][\\w./:-]+){0,10}? (?:runs?|running|generat\\w*|infer\\w*)(?:[ ,][\\w./:-]+){0,6}? (?:entirely |only |purely |fully )?on (?:the )?cpu\\b");
    private static final Pattern NO_SYMPTOM = Pattern.compile("^(?:none|n/a)\\b|no symptoms?|nothing yet|none yet"
            + "|not yet observed|no problems?|no issues?");
    private static final Pattern KEEP_AND_COLLECT = Pattern.compile("keep|collect|measur\\w*|monitor\\w*|record\\w*");
    private static final Pattern SCALE_WORDS = Pattern.compile("workload scale|\\bscale\\b|cloud|capacity");

    private SymptomTable() {
    }

    /**
     * The module's row the learner's symptom matches best: activity words count once, words naming the resource
     * twice ("installs crawl with both cores busy" is a CPU symptom, not a storage one). The CPU row comes from §2's
     * constraint table, which the Step 5 table leaves out.
     */
    static Optional<Row> rowFor(String symptom) {
        return Remembered.reading("symptom-row", symptom, SymptomTable::bestRow);
    }

    /** The first of the rows with the highest score above zero: each row scored once. */
    private static Optional<Row> bestRow(String symptom) {
        String folded = killedForSystemMemory(spillsOutOfVram(symptom));
        Row best = null;
        int bestScore = 0;
        for (Row row : ROWS) {
            int score = score(row, folded);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The folded text with every share of a model that falls back to the CPU written as the VRAM symptom it is. */
    static String spillsOutOfVram(String text) {
        String folded = OFFLOAD_TO_CPU.matcher(LabText.fold(text).replaceAll("(?<=[a-z])-(?=[a-z])", " "))
                .replaceAll("spills out of vram");
        return partOnGpu(SHARE_ON_CPU.matcher(folded).replaceAll("spills out of vram"));
    }

    /**
     * A process the kernel's OOM killer ends ("the bot was OOM-killed", "killed by the OOM killer", "oom-kill" in the
     * journal) ran out of system memory, not GPU memory: Linux's out-of-memory killer acts on RAM and swap (§2's RAM
     * row: "swapping, crashes, browser tab pressure, stalled jobs"), while a model too big for the card fails inside its
     * runtime ("CUDA out of memory"), the VRAM row.
     */
    private static final Pattern OOM_KILLER = Pattern.compile("\\boom[ -]?kill(?:ed|er|s|ing)?\\b|\\bkilled by (?:the )?"
            + "(?:linux |kernel(?:'s)? |kernel )?(?:oom|out of memory)(?: killer)?\\b|\\bout of memory killer\\b");

    static String killedForSystemMemory(String folded) {
        return OOM_KILLER.matcher(folded).replaceAll("killed when system ram ran out");
    }

    /**
     * Fewer of a model's layers on the GPU than it has ("only 20 of 33 layers go to the GPU", llama.cpp's "offloaded
     * 20/33 layers to GPU"): the rest stays in system memory, the same fall-back (§2); all of them ("33/33") is none.
     */
    private static final Pattern LAYERS_ON_GPU = Pattern.compile("\\b(?:offloaded )?(\\d+) ?(?:of|/|out of) ?(\\d+)"
            + " (?:\\w+ )?layers?(?: \\w+){0,2} (?:on|onto|to|in) (?:the )?gpu\\b"
            // "gets only part of its layers on the GPU": a share in words
            + "|\\bonly (?:part|some|half|a few|a share) of (?:its|the|their) layers(?: \\w+){0,2} (?:on|onto|to|in)"
            + " (?:the )?gpu\\b");

    private static String partOnGpu(String folded) {
        java.util.regex.Matcher m = LAYERS_ON_GPU.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean part = m.group(1) == null || Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2));
            m.appendReplacement(out, part ? "spills out of vram" : java.util.regex.Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int score(Row row, String folded) {
        return hits(row.symptomWords(), folded) + 2 * hits(row.resourceWords(), folded);
    }

    /** A table constraint id as a module constraint; empty for workload scale. */
    static Optional<Constraint> constraint(String id) {
        return java.util.Arrays.stream(Constraint.values()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** "No symptom yet" rows, which the module answers with "keep current machine and collect evidence". */
    static boolean noSymptom(String symptom) {
        return NO_SYMPTOM.matcher(LabText.fold(symptom)).find();
    }

    static boolean keepsAndCollects(String fix) {
        return KEEP_AND_COLLECT.matcher(LabText.fold(fix)).find();
    }

    /** The constraint the learner wrote, as a table constraint id ({@code vram}, …, or workload scale). */
    static Optional<String> constraintOf(String written) {
        Optional<Constraint> constraint = ConstraintNames.first(written);
        if (constraint.isPresent()) {
            return constraint.map(Constraint::id);
        }
        return SCALE_WORDS.matcher(LabText.fold(written)).find() ? Optional.of(WORKLOAD_SCALE) : Optional.empty();
    }

    static Optional<Row> rowForConstraint(String constraintId) {
        return ROWS.stream().filter(row -> row.accepts(constraintId)).findFirst();
    }

    private static int hits(Pattern pattern, String folded) {
        Matcher m = pattern.matcher(folded);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
