package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Section.Block;
import dev.praxis.inventory.core.TranscriptLines.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pasted terminal session: any subset of the module's commands (and a few more), in any order, with or
 * without prompts. The lines are first cut at each typed command; within each stretch, every output is found by
 * its shape (the typed command, where shown, is tried first and tells units and options). Each output is read on
 * its own: one that cannot be read is reported with its lines and what was expected, and every other output still
 * counts. Only input in which nothing at all can be read is refused.
 */
final class TranscriptParser {

    /** Tried in this order: the most distinctive shapes first. */
    static final List<Section> SECTIONS = List.of(new NvidiaSmiSection(), new DiskutilSection(), new TopSection(),
            new DmidecodeSection(), new PsrinfoSection(), new HpuxDfSection(), new InxiSection(), new FetchSection(),
            new PsDriveSection(), new SwapSection(), new UnixMemorySection(), new BsdDmesgSection(), new LshwSection(), new PhysicalDiskSection(),
            new RocminfoSection(), new SysteminfoSection(), new Msinfo32Section(), new VmStatSection(),
            new VmstatSummarySection(), new OllamaLogSection(), new TorchDevicesSection(),
            new CollectEnvSection(),
            new TegrastatsSection(),
            new LscpuSection(), new LscpuTableSection(), new ProfilerSection(), new CpuinfoSection(),
            new MeminfoSection(), new DfSection(), new FreeSection(), new LsblkSection(), new LspciSection(),
            new UnameSection(), new OsReleaseSection(), new SysctlSection(), new WmiSection(), new RocmSmiSection(),
            new GgmlSection(), new IntelGpuTopSection());

    private TranscriptParser() {
    }

    static Inventory parse(String text) {
        TranscriptLines lines = TextInput.lines(text);
        Reading reading = new Reading(lines);
        int start = 0;
        String typed = null;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.kind(i) == Kind.COMMAND) {
                scan(lines, start, i, typed, reading);
                if (i < lines.size()) {
                    typed = lines.command(i);
                    reading.typed(typed, TranscriptLines.number(i));
                    start = i + 1;
                }
            }
            if (i < lines.size()) {
                reading.host(lines.promptHost(i), TranscriptLines.number(i));
            }
        }
        reading.refuseIfNothingRead();
        return TranscriptAssembler.assemble(reading);
    }

    /** Finds and reads the outputs between two typed commands. */
    private static void scan(TranscriptLines lines, int start, int end, String typed, Reading reading) {
        List<Section> order = order(typed);
        int strayFirst = -1;
        int strayLast = -1;
        boolean read = false;
        int i = start;
        while (i < end) {
            Kind kind = lines.kind(i);
            if (kind == Kind.MISSING_TOOL) {
                reading.missing(lines.missingTool(i), TranscriptLines.number(i));
                i++;
                continue;
            }
            if (kind == Kind.BLANK || kind == Kind.PROMPT || kind == Kind.NOISE) {
                i++;
                continue;
            }
            // the first reader that recognises the opening and can read the block takes it; a block one reader
            // claims but cannot read (a systeminfo whose 'System Model:' line opens Solaris' prtconf too) is offered
            // to the next ones, and only when none can read it is the first one's problem reported
            Section claimed = null;
            int claimedEnd = -1;
            int sectionEnd = -1;
            for (Section candidate : order) {
                int candidateEnd = candidate.end(lines, i, end, typed);
                if (candidateEnd <= i) {
                    continue;
                }
                if (claimed == null) {
                    claimed = candidate;
                    claimedEnd = candidateEnd;
                    if (strayFirst >= 0) {
                        reading.stray(strayFirst, strayLast, null);
                        strayFirst = -1;
                    }
                }
                if (reading.read(candidate, new Block(lines, i, candidateEnd, typed), false)) {
                    sectionEnd = candidateEnd;
                    break;
                }
            }
            if (claimed == null) {
                if (kind == Kind.TEXT) {
                    strayFirst = strayFirst < 0 ? i : strayFirst;
                    strayLast = i;
                }
                i++;
                continue;
            }
            if (sectionEnd < 0) {
                reading.read(claimed, new Block(lines, i, claimedEnd, typed), true);
                sectionEnd = claimedEnd;
            }
            read = true;
            i = sectionEnd;
        }
        if (strayFirst >= 0) {
            reading.stray(strayFirst, strayLast, read ? null : typed);
        } else if (!read && typed != null) {
            reading.printedNothing();
        }
    }

    /** The sections the typed command prints first, then the others. */
    private static List<Section> order(String typed) {
        if (typed == null) {
            return SECTIONS;
        }
        List<Section> order = new ArrayList<>(SECTIONS.size());
        for (Section section : SECTIONS) {
            if (section.answers(typed)) {
                order.add(section);
            }
        }
        for (Section section : SECTIONS) {
            if (!section.answers(typed)) {
                order.add(section);
            }
        }
        return order;
    }

    /** The section whose output the typed command prints, or null. */
    static Section answering(String typed) {
        for (Section section : SECTIONS) {
            if (section.answers(typed)) {
                return section;
            }
        }
        return null;
    }
}
