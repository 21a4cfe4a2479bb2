package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the reading of one transcript found: each block with its facts or its problem, typed commands, tools. */
final class Reading {

    private static final String MODULE_COMMANDS = "the output of the module's Linux commands (uname -a, lscpu, "
            + "free -h, df -h, lsblk, lspci, nvidia-smi) or macOS commands (uname -a, sysctl, df -h, "
            + "system_profiler), or the JSON the Praxis agent writes";

    /** One block: a section's output (read or not) or lines nothing recognised ({@code section} null). */
    record Outcome(Section section, String command, int firstLine, int lastLine, BlockStatus status, Facts facts,
                   String problem, String typed) {

        boolean read() {
            return facts != null;
        }

        Block report() {
            return new Block(command, firstLine, lastLine, status, facts == null ? List.of() : facts.fieldsRead(),
                    problem);
        }

        String lines() {
            return report().lines();
        }
    }

    /** A command the learner typed and its line. */
    record Typed(String command, int line) {
    }

    final TranscriptLines lines;
    final List<Outcome> outcomes = new ArrayList<>();
    final Map<String, Integer> missingTools = new LinkedHashMap<>();
    final List<Typed> typed = new ArrayList<>();
    final List<Typed> printedNothing = new ArrayList<>();
    final Map<String, Integer> hosts = new LinkedHashMap<>();

    Reading(TranscriptLines lines) {
        this.lines = lines;
    }

    void typed(String command, int line) {
        typed.add(new Typed(command, line));
    }

    void host(String host, int line) {
        if (host != null) {
            hosts.putIfAbsent(host, line);
        }
    }

    void missing(String tool, int line) {
        missingTools.putIfAbsent(tool, line);
    }

    void printedNothing() {
        printedNothing.add(typed.get(typed.size() - 1));
    }

    /**
     * Reads one block into its own facts and records the outcome.
     *
     * @param last whether no other reader will be offered the block: only then is a block that cannot be read
     *             recorded (with its problem, or with what {@link LabelledFacts} finds in it)
     * @return whether the block was read (in whole or in part)
     */
    boolean read(Section section, Section.Block block, boolean last) {
        Facts facts = new Facts();
        try {
            section.read(block, facts);
        } catch (Section.UnreadableOutput e) {
            if (last && !labelled(section.command(), block.start(), block.end() - 1, block.typed(),
                    e.getMessage())) {
                outcomes.add(new Outcome(section, section.command(), block.firstLine(), block.lastLine(),
                        BlockStatus.NOT_READ, null, e.getMessage(), block.typed()));
            }
            return false;
        } catch (RuntimeException e) {
            // a fault of the reader must not cost the learner the rest of the transcript, nor the facts its lines
            // show by their labels; it is reported, not hidden
            String problem = "line " + block.firstLine() + ": Praxis's " + section.command()
                    + " reader failed on this output (" + e + ")";
            if (last && !labelled(section.command(), block.start(), block.end() - 1, block.typed(), problem)) {
                outcomes.add(new Outcome(section, section.command(), block.firstLine(), block.lastLine(),
                        BlockStatus.NOT_READ, null, problem, block.typed()));
            }
            return false;
        }
        BlockStatus status = facts.problems.isEmpty() ? BlockStatus.READ : BlockStatus.PARTLY_READ;
        outcomes.add(new Outcome(section, section.command(), block.firstLine(), block.lastLine(), status, facts,
                facts.problems.isEmpty() ? null : String.join("; ", facts.problems), block.typed()));
        return true;
    }

    /**
     * Lines no section recognised. After a typed command of a known tool and with nothing else read for it, they
     * are that tool's output in a shape Praxis cannot read.
     */
    void stray(int first, int last, String typedCommand) {
        int firstLine = TranscriptLines.number(first);
        int lastLine = TranscriptLines.number(last);
        Section section = typedCommand == null ? null : TranscriptParser.answering(typedCommand);
        String longest = longLine(first, last);
        String command = section != null ? section.command() : typedCommand == null ? "labelled facts"
                : typedCommand.split("\\s+")[0];
        if (labelled(command, first, last, typedCommand, "no output Praxis knows" + longest)) {
            return;
        }
        if (section != null) {
            outcomes.add(new Outcome(section, section.command(), firstLine, lastLine, BlockStatus.NOT_READ, null,
                    "line " + firstLine + ": expected " + section.expected() + longest, typedCommand));
        } else if (typedCommand != null) {
            String tool = typedCommand.split("\\s+")[0];
            outcomes.add(new Outcome(null, tool, firstLine, lastLine, BlockStatus.NOT_RECOGNISED, null,
                    "Praxis does not read the output of " + tool + longest, typedCommand));
        } else {
            outcomes.add(new Outcome(null, null, firstLine, lastLine, BlockStatus.NOT_RECOGNISED, null,
                    "not the output of a command Praxis reads" + longest, null));
        }
    }

    /**
     * Reads the clearly labelled facts of lines that are no output Praxis can read ({@link LabelledFacts}); the block
     * counts as read in part, its problem naming why and the labels read.
     *
     * @return whether any fact was found
     */
    private boolean labelled(String command, int first, int last, String typedCommand, String why) {
        return LabelledFacts.read(lines, first, last, typedCommand).map(found -> {
            outcomes.add(new Outcome(null, command, TranscriptLines.number(first), TranscriptLines.number(last),
                    BlockStatus.PARTLY_READ, found.facts(), why + "; read only by their labels: " + found.labels(),
                    typedCommand));
            return true;
        }).orElse(false);
    }

    private String longLine(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (lines.length(i) > TranscriptLines.LONGEST_LINE) {
                return " (line " + TranscriptLines.number(i) + " is " + lines.length(i) + " characters long)";
            }
        }
        return "";
    }

    boolean nothingRead() {
        return outcomes.stream().noneMatch(Outcome::read) && missingTools.isEmpty();
    }

    /** The kernel's banner as {@code cat /proc/version} or dmesg print it: {@code Linux version 6.8.0-45-generic (…}. */
    private static final java.util.regex.Pattern KERNEL_BANNER = java.util.regex.Pattern.compile(
            "^(?:\\[\\s*\\d+\\.\\d+]\\s*)?Linux version (\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?[-+.\\w]{0,60}) \\(.*$");

    /**
     * The last resort before a refusal: a paste in which no block could be read is still read when one of its lines
     * is the Linux kernel's banner ({@code cat /proc/version}), giving the kernel. Only then, because next to uname
     * the banner of a WSL 1 guest names another kernel than the one uname reports.
     */
    private void kernelBannerIfNothingRead() {
        if (!nothingRead()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher banner = KERNEL_BANNER.matcher(lines.get(i).strip());
            if (banner.matches()) {
                Facts facts = new Facts();
                int number = TranscriptLines.number(i);
                facts.put(Facts.Field.OS_NAME, "Linux", number);
                facts.put(Facts.Field.OS_KERNEL, banner.group(1), number);
                outcomes.add(new Outcome(null, "/proc/version", number, number, BlockStatus.PARTLY_READ, facts,
                        "read only by the kernel's banner, the rest of the paste being unreadable", null));
                return;
            }
        }
    }

    /** Refuses input in which no block could be read, naming the first unreadable output or the first text. */
    void refuseIfNothingRead() {
        kernelBannerIfNothingRead();
        if (!nothingRead()) {
            return;
        }
        for (Outcome outcome : outcomes) {
            if (outcome.status() == BlockStatus.NOT_READ) {
                String problem = outcome.problem();
                int line = outcome.firstLine();
                String expected = problem;
                if (problem.startsWith("line ")) {
                    int colon = problem.indexOf(": ");
                    line = Integer.parseInt(problem.substring(5, colon));
                    expected = problem.substring(colon + 2).replaceFirst("^expected ", "");
                }
                throw new InventoryParseException(outcome.command(), line, expected);
            }
        }
        int first = -1;
        boolean prompts = false;
        for (int i = 0; i < lines.size(); i++) {
            TranscriptLines.Kind kind = lines.kind(i);
            prompts |= kind == TranscriptLines.Kind.COMMAND || kind == TranscriptLines.Kind.PROMPT;
            if (first < 0 && kind != TranscriptLines.Kind.BLANK) {
                first = i;
            }
        }
        String found;
        if (first < 0) {
            found = "; the text is blank";
        } else if (outcomes.isEmpty() && prompts) {
            found = "; found only prompts and typed commands, no output";
        } else {
            found = outcomes.isEmpty() ? "" : "; " + outcomes.get(0).problem() + " (" + outcomes.get(0).lines() + ")";
        }
        throw new InventoryParseException("transcript", first < 0 ? 1 : TranscriptLines.number(first),
                MODULE_COMMANDS + found);
    }
}
