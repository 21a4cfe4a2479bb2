package dev.praxis.lab;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.LabWork;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The lab report as Markdown: inventory summary, the learner's answers, every checklist verdict, and the date. */
final class LabReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private LabReport() {
    }

    static String markdown(LabService.LabState state, String learnerName, Instant generatedAt) {
        StringBuilder md = new StringBuilder();
        LabWork work = state.work();
        md.append("# Lab report: ").append(inline(state.module().title())).append("\n\n");
        md.append("- Learner: ").append(inline(learnerName)).append('\n');
        md.append("- Generated: ").append(DATE.format(generatedAt)).append('\n');
        md.append("- Checklist: ").append(state.passing()).append(" of ").append(state.verdicts().size())
                .append(" items pass or are self-attested\n\n");
        md.append("## Inventory\n\n");
        Inventory inventory = state.inventory();
        if (inventory == null) {
            md.append("No inventory uploaded yet.\n\n");
        } else {
            md.append("- Source: ").append(inventory.source().id()).append('\n');
            if (inventory.cpu() != null) {
                md.append("- CPU: ").append(inline(inventory.cpu().model())).append(", ")
                        .append(inventory.cpu().physicalCores()).append(" cores / ")
                        .append(inventory.cpu().logicalCores()).append(" threads\n");
            }
            if (inventory.memory() != null) {
                md.append("- RAM: ").append(gib(inventory.memory().totalBytes())).append(", swap ")
                        .append(gib(inventory.memory().swapTotalBytes())).append('\n');
            }
            inventory.gpus().forEach(gpu -> md.append("- GPU: ").append(inline(gpu.vendor() + " " + gpu.name()))
                    .append(gpu.vramBytes() == null ? "" : ", " + gib(gpu.vramBytes()) + " VRAM").append('\n'));
            if (inventory.gpus().isEmpty()) {
                md.append("- GPU: none reported\n");
            }
            inventory.filesystems().forEach(fs -> md.append("- ").append(inline(fs.mount())).append(": ")
                    .append(fs.usePercent() == null ? "?" : fs.usePercent()).append("% used, ")
                    .append(gib(fs.availableBytes())).append(" free").append(fs.projectDisk() ? " (project disk)" : "")
                    .append('\n'));
            md.append('\n');
        }
        md.append("## Answers\n\n");
        answer(md, "Step 1 — Workload", work.workload());
        answer(md, "Step 2 — Archetype", join(work.archetype(), work.archetypeReason(),
                work.mattersMost() == null ? null : "What matters most: " + work.mattersMost()));
        answer(md, "Step 3 — Unknowns", work.unknowns());
        if (work.summary() != null) {
            LabWork.Summary s = work.summary();
            list(md, "Step 4 — Constraint summary", nonNull(
                    "Workload: " + s.workload(), "Archetype: " + s.archetype(), "First bottleneck: " + s.firstBottleneck(),
                    "Evidence: " + s.evidence(), "Second bottleneck: " + s.secondBottleneck(),
                    "Decision: " + s.decision(), "Next action: " + s.nextAction()));
        }
        if (work.symptoms() != null) {
            md.append("### Step 5 — Symptoms\n\n| Symptom | Constraint | First fix |\n|---|---|---|\n");
            work.symptoms().forEach(row -> md.append("| ").append(cell(row.symptom())).append(" | ")
                    .append(cell(row.constraint())).append(" | ").append(cell(row.fix())).append(" |\n"));
            md.append('\n');
        }
        if (work.plan() != null) {
            list(md, "Step 6 — Staged plan", nonNull("Now: " + work.plan().now(),
                    "After one month: " + work.plan().oneMonth(),
                    "After the first repeated bottleneck: " + work.plan().firstRepeatedBottleneck()));
        }
        answer(md, "Step 7 — Recommendation", work.recommendation());
        md.append("## Checklist\n\n| Step | Item | Verdict | Evidence |\n|---|---|---|---|\n");
        for (ChecklistVerdict verdict : state.verdicts()) {
            md.append("| ").append(verdict.step()).append(" | ").append(cell(verdict.text())).append(" | ")
                    .append(verdict.shownLabel()).append(" | ").append(cell(verdict.evidence())).append(" |\n");
        }
        return md.toString();
    }

    private static void answer(StringBuilder md, String heading, String text) {
        md.append("### ").append(heading).append("\n\n").append(text == null ? "_Not done yet._" : lines(text))
                .append("\n\n");
    }

    /** Facts of a step, one per line: a list, so every renderer keeps them apart. */
    private static void list(StringBuilder md, String heading, List<String> facts) {
        md.append("### ").append(heading).append("\n\n");
        facts.forEach(fact -> md.append("- ").append(inline(fact)).append('\n'));
        md.append('\n');
    }

    /**
     * The learner's text with its line breaks kept: Markdown joins the lines of a paragraph, so each break inside
     * one becomes a hard break (a backslash at the end of the line, CommonMark's portable form); blank lines still
     * separate paragraphs.
     */
    static String lines(String text) {
        String[] paragraphs = text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n[ \t]*\n\\s*");
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            kept.add(String.join("\\\n", paragraph.strip().split("[ \\t]*\n[ \\t]*")));
        }
        return String.join("\n\n", kept);
    }

    private static String join(String... parts) {
        String joined = String.join("\n", nonNull(parts));
        return joined.isEmpty() ? null : joined;
    }

    private static List<String> nonNull(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.endsWith(": null")).toList();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String inline(String text) {
        return text == null ? "unknown" : text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String gib(Long bytes) {
        return bytes == null ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / 1073741824.0);
    }
}
