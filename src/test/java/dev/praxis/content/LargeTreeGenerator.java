package dev.praxis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic course tree shaped like a real one: tracks, sections with landing pages, modules of a chosen
 * size using every construct (header, prompts, tables, code, diagrams, math, asides, quiz, lab), and a Ukrainian
 * translation for every tenth module. Each module has 2 prompts, 6 questions with answers, 3 steps with 9
 * checklist items plus 2 criteria, and 1 mermaid block.
 */
public final class LargeTreeGenerator {

    public static final int PREDICTIONS = 2;
    public static final int QUESTIONS = 6;
    public static final int STEPS = 3;
    public static final int CHECKLIST_ITEMS = 11;

    private LargeTreeGenerator() {
    }

    /** Writes {@code modules} modules of about {@code bytesPerModule} bytes each under {@code root}. */
    public static void generate(Path root, int modules, int bytesPerModule) throws IOException {
        int perSection = 25;
        for (int i = 0; i < modules; i++) {
            int section = i / perSection;
            String folder = "track-" + (section / 6 + 1) + "/section-" + (section % 6 + 1);
            Path dir = root.resolve(folder);
            if (i % perSection == 0) {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("index.md"), "---\ntitle: \"Section " + (section + 1)
                        + "\"\nsidebar:\n  order: " + (section % 6) + "\n---\n\nWhat this section covers.\n");
            }
            String name = "module-" + (section + 1) + "." + (i % perSection + 1) + "-topic-" + i + ".md";
            Files.writeString(dir.resolve(name), module(i, folder, bytesPerModule), StandardCharsets.UTF_8);
            if (i % 10 == 0) {
                Path uk = root.resolve("uk").resolve(folder);
                Files.createDirectories(uk);
                Files.writeString(uk.resolve(name), module(i, "uk/" + folder, bytesPerModule / 4)
                        .replace("## Quiz", "## Тест"), StandardCharsets.UTF_8);
            }
        }
    }

    static String module(int index, String folder, int bytes) {
        StringBuilder md = new StringBuilder(bytes + 4096);
        md.append("---\ntitle: \"Topic ").append(index).append(": Systems \\u2014 Trade-offs\"\nsidebar:\n  order: ")
                .append(index % 25).append("\ndescription: Generated module ").append(index).append("\nrevision_pending: false\n---\n\n");
        md.append("> **Generated Track** | Complexity: `[MEDIUM]` | Time: 1-2 hours\n>\n> **Prerequisites**: ")
                .append("[Previous](/track-1/section-1/module-11-topic-0/) complete\n\n");
        md.append("## Learning Outcomes\n\n- Explain constraint ").append(index).append(".\n- Compare options.\n\n");
        md.append("## Why This Module Matters\n\n").append(paragraph(index, 0)).append("\n\n");
        md.append("## Core Content\n\n");
        int part = 1;
        while (md.length() < bytes * 0.7) {
            md.append("### ").append(part).append(". Part ").append(part).append(" of topic ").append(index).append("\n\n");
            md.append(paragraph(index, part)).append("\n\n").append(paragraph(index, part + 200)).append("\n\n");
            md.append("| Resource | Entry | Heavy |\n|---|---|---|\n| RAM | $$$ cheap | enough for $5 or $10 |\n")
                    .append("| VRAM | small | large $x^2$ |\n\n");
            md.append("```bash\nexport HOME_DIR=$HOME\nfree -h\ndf -h .\n```\n\n");
            md.append(":::tip[Remember part ").append(part).append("]\nMeasure before buying; $HOME stays as written.\n:::\n\n");
            md.append("```ascii\n+------+     +------+\n| task | --> | wall |\n+------+     +------+\n```\n\n");
            md.append(paragraph(index, part + 100)).append(" See [the next part](#").append(part).append("-part-")
                    .append(part).append("-of-topic-").append(index).append(").\n\n");
            part++;
        }
        md.append("> **Pause and predict**: What fails first when context grows in module ").append(index).append("?\n\n");
        md.append("Memory fails first, because context grows the working set.\n\n");
        md.append("**Stop and think:** Which constraint can wait?\n\n");
        md.append("Storage can usually wait until artifacts grow.\n\n");
        md.append("```mermaid\nflowchart TD\nA[Start] --> B{Fits?}\nB -- yes --> C[Keep]\nB -- no --> D[Upgrade]\n```\n\n");
        md.append("$$\nE = mc^2\n$$\n\n");
        md.append("## Did You Know?\n\n- Quantization trades accuracy for memory.\n\n");
        md.append("## Common Mistakes\n\n| Mistake | Better |\n|---|---|\n| Buying first | Measuring first |\n\n");
        md.append("## Quiz\n\n");
        for (int q = 1; q <= QUESTIONS; q++) {
            md.append("**Q").append(q).append(".** Scenario ").append(q).append(" for topic ").append(index)
                    .append(": what would you check first and why?\n\n<details>\n<summary>Answer</summary>\n\n")
                    .append("Check the constraint the symptom stresses; answer ").append(q).append(".\n\n</details>\n\n");
        }
        md.append("## Hands-On Exercise\n\nGoal: audit the machine.\n\n");
        for (int s = 1; s <= STEPS; s++) {
            md.append("### Step ").append(s).append(": Do part ").append(s).append("\n\nRun this:\n\n```bash\nuname -a\n```\n\n");
            for (int c = 1; c <= 3; c++) {
                md.append("- [ ] I did check ").append(c).append(" of step ").append(s).append(".\n");
            }
            md.append('\n');
        }
        md.append("### Success Criteria\n\n- [ ] I can explain the bottleneck.\n- [ ] I chose a next step.\n\n");
        md.append("## Sources\n\n- [Reference](https://example.org/").append(index).append(")\n");
        return md.toString();
    }

    private static String paragraph(int index, int salt) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < 5; sentence++) {
            text.append("Sentence ").append(sentence).append(" of block ").append(salt).append(" in module ").append(index)
                    .append(" explains *why* a **constraint** matters before anyone spends money on hardware. ");
        }
        text.append("Run `free -h` and read the [guide](https://example.com/").append(salt).append(").");
        return text.toString().trim();
    }
}
