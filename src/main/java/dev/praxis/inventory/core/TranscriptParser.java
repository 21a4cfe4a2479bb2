package dev.praxis.inventory.core;

import java.util.List;

/**
 * Reads a pasted terminal session of the module's Linux or macOS command block: any subset of the commands, in
 * any order, with no separators. Each command's output is recognised by its shape; prompts, echoed commands and
 * comments are skipped; {@code command not found} is recorded as a missing tool; any other stray line is reported
 * as a warning with its number. Input in which no output is recognised at all is rejected.
 */
final class TranscriptParser {

    private static final List<Section> SECTIONS = List.of(new UnameSection(), new LscpuSection(), new FreeSection(),
            new DfSection(), new LsblkSection(), new LspciSection(), new NvidiaSmiSection(), new SysctlSection(),
            new DisplaysProfilerSection(), new NvmeProfilerSection());

    private TranscriptParser() {
    }

    static Inventory parse(String text) {
        TranscriptLines lines = new TranscriptLines(TextInput.lines(text), SECTIONS);
        TranscriptDraft draft = new TranscriptDraft();
        int firstText = -1;
        int i = 0;
        while (i < lines.size()) {
            if (lines.isBlank(i)) {
                i++;
                continue;
            }
            if (firstText < 0) {
                firstText = i;
            }
            Section section = opening(lines.get(i));
            if (section != null) {
                i = section.read(lines, i, draft);
                continue;
            }
            int number = TranscriptLines.number(i);
            if (lines.isEchoedCommand(i)) {
                draft.echoedCommands.add(lines.get(i).strip());
            }
            var tool = lines.missingTool(i);
            if (tool.isPresent()) {
                draft.missingTools.putIfAbsent(tool.get(), number);
            } else if (!lines.isNoise(i)) {
                draft.warnings.add("line " + number + ": not recognised as output of the module's commands; ignored");
            }
            i++;
        }
        if (draft.seen.isEmpty() && draft.missingTools.isEmpty()) {
            throw new InventoryParseException("transcript", firstText < 0 ? 1 : TranscriptLines.number(firstText),
                    "the output of the module's Linux commands (uname -a, lscpu, free -h, df -h, lsblk, lspci, "
                            + "nvidia-smi) or macOS commands (uname -a, sysctl, df -h, system_profiler), "
                            + "or the JSON the Praxis agent writes");
        }
        return TranscriptAssembler.assemble(draft);
    }

    private static Section opening(String line) {
        for (Section section : SECTIONS) {
            if (section.starts(line)) {
                return section;
            }
        }
        return null;
    }
}
