package dev.praxis.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the course tree of the cohort benchmark ({@code scripts/cohort-benchmark.sh}): JDK only, run as a single
 * source file ({@code java src/test/java/dev/praxis/benchmark/CohortTree.java OUT MODULES}). Tracks of four sections
 * of twenty modules, as a real course is laid out; modules vary as real ones do, drawn from a fixed seed: length
 * from about 4 to 80 kB (most short, a few long), tables in most, a mermaid diagram in a third, a quiz in seven of
 * ten, a lab in four of ten, zero to three prediction prompts, math in one of eight.
 */
public final class CohortTree {

    private static final int SECTIONS_PER_TRACK = 4;
    private static final int MODULES_PER_SECTION = 20;

    private CohortTree() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int modules = Integer.parseInt(args[1]);
        Random random = new Random(17);
        for (int i = 0; i < modules; i++) {
            int section = i / MODULES_PER_SECTION;
            int track = section / SECTIONS_PER_TRACK + 1;
            Path trackDir = root.resolve("cohort-track-" + track);
            Path dir = trackDir.resolve("part-" + (section % SECTIONS_PER_TRACK + 1));
            if (i % MODULES_PER_SECTION == 0) {
                Files.createDirectories(dir);
                if (section % SECTIONS_PER_TRACK == 0) {
                    Files.writeString(trackDir.resolve("index.md"), landing("Cohort Track " + track, track));
                }
                Files.writeString(dir.resolve("index.md"), landing("Part " + (section % SECTIONS_PER_TRACK + 1), section));
            }
            String name = "module-" + (section + 1) + "." + (i % MODULES_PER_SECTION + 1) + "-topic-" + i + ".md";
            Files.writeString(dir.resolve(name), module(i, random), StandardCharsets.UTF_8);
        }
    }

    private static String landing(String title, int order) {
        return "---\ntitle: \"" + title + "\"\nsidebar:\n  order: " + order + "\n---\n\nWhat this part covers and why.\n";
    }

    static String module(int index, Random random) {
        // most modules short, some long: about 4 kB times e^(0..3)
        int bytes = (int) (4_000 * Math.exp(3 * random.nextDouble() * random.nextDouble()));
        boolean tables = random.nextInt(10) < 7;
        boolean diagram = random.nextInt(3) == 0;
        boolean quiz = random.nextInt(10) < 7;
        boolean lab = random.nextInt(10) < 4;
        boolean math = random.nextInt(8) == 0;
        int prompts = random.nextInt(4);
        StringBuilder md = new StringBuilder(bytes + 4096);
        md.append("---\ntitle: \"Topic ").append(index).append(": Capacity and Trade-offs\"\nsidebar:\n  order: ")
                .append(index % MODULES_PER_SECTION).append("\ndescription: Module ").append(index).append(" of the cohort tree\n---\n\n");
        md.append("> **Cohort Track** | Complexity: `[").append(random.nextBoolean() ? "MEDIUM" : "QUICK")
                .append("]` | Time: ").append(1 + random.nextInt(3)).append(" hours\n\n");
        md.append("## Learning Outcomes\n\n- Explain constraint ").append(index).append(".\n- Compare two options.\n\n");
        md.append("## Why This Module Matters\n\n").append(paragraph(index, 0, random)).append("\n\n## Core Content\n\n");
        int part = 1;
        int promptAt = Math.max(1, bytes / 1_500 / Math.max(1, prompts + 1));
        int promptsLeft = prompts;
        while (md.length() < bytes) {
            md.append("### ").append(part).append(". Part ").append(part).append(" of topic ").append(index).append("\n\n");
            md.append(paragraph(index, part, random)).append("\n\n");
            if (tables && part % 2 == 1) {
                md.append("| Resource | Entry level | Heavy use |\n|---|---|---|\n");
                for (int row = 0; row < 3 + random.nextInt(6); row++) {
                    md.append("| Item ").append(row).append(" | ").append(8 << row).append(" GB | ").append(32 << row)
                            .append(" GB and `fast` storage |\n");
                }
                md.append('\n');
            }
            if (part % 3 == 0) {
                md.append("```bash\nfree -h\ndf -h .\nnvidia-smi --query-gpu=memory.total --format=csv\n```\n\n");
            }
            if (promptsLeft > 0 && part % promptAt == 0) {
                md.append("> **Pause and predict**: In module ").append(index).append(", part ").append(part)
                        .append(", what fails first when the working set doubles, and why?\n\n")
                        .append("Memory fails first: the working set outgrows it before the processor is busy.\n\n");
                promptsLeft--;
            }
            if (part % 4 == 0) {
                md.append(":::tip[Part ").append(part).append("]\nMeasure before buying.\n:::\n\n");
            }
            part++;
        }
        for (; promptsLeft > 0; promptsLeft--) {
            md.append("**Stop and think:** Which constraint can wait in module ").append(index).append("?\n\n")
                    .append("Storage can usually wait until artifacts grow.\n\n");
        }
        if (diagram) {
            md.append("```mermaid\nflowchart TD\nA[Workload ").append(index)
                    .append("] --> B{Fits in memory?}\nB -- yes --> C[Keep]\nB -- no --> D[Upgrade or rent]\n```\n\n");
        }
        if (math) {
            md.append("$$\nt = \\frac{bytes}{bandwidth}\n$$\n\n");
        }
        md.append("## Common Mistakes\n\n| Mistake | Better |\n|---|---|\n| Buying first | Measuring first |\n\n");
        if (quiz) {
            md.append("## Quiz\n\n");
            int questions = 3 + random.nextInt(6);
            for (int q = 1; q <= questions; q++) {
                md.append("**Q").append(q).append(".** A learner in module ").append(index).append(" sees symptom ")
                        .append(q).append(": what do you check first and why?\n\n<details>\n<summary>Answer</summary>\n\n")
                        .append("Check the constraint the symptom stresses, then measure it; answer ").append(q)
                        .append(".\n\n</details>\n\n");
            }
        }
        if (lab) {
            md.append("## Hands-On Exercise\n\nGoal: audit your machine for module ").append(index).append(".\n\n");
            for (int s = 1; s <= 3; s++) {
                md.append("### Step ").append(s).append(": Measure part ").append(s).append("\n\nRun this:\n\n```bash\nuname -a\n```\n\n");
                for (int c = 1; c <= 2; c++) {
                    md.append("- [ ] I recorded measurement ").append(c).append(" of step ").append(s).append(".\n");
                }
                md.append('\n');
            }
            md.append("### Success Criteria\n\n- [ ] I can name the bottleneck.\n\n");
        }
        md.append("## Sources\n\n- [Reference ").append(index).append("](https://example.org/").append(index).append(")\n");
        return md.toString();
    }

    private static String paragraph(int index, int salt, Random random) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < 3 + random.nextInt(5); sentence++) {
            text.append("Sentence ").append(sentence).append(" of part ").append(salt).append(" in module ").append(index)
                    .append(" explains *why* a **constraint** matters before anyone spends money on hardware. ");
        }
        return text.append("Run `free -h` and read the [guide](https://example.com/").append(salt).append(").").toString();
    }
}
