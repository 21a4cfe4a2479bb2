package dev.praxis.inventory.core;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a pasted terminal session and what is noise in them: prompts, echoed commands, comments,
 * {@code command not found} messages and package-manager hints.
 */
final class TranscriptLines {

    private static final String COMMANDS = "uname|lscpu|free|df|lsblk|lspci|nvidia-smi|rocm-smi|sysctl|system_profiler";
    /** An optional prompt ending in a prompt character (and oh-my-zsh's directory), then one of the commands. */
    private static final Pattern ECHOED_COMMAND = Pattern.compile(
            "^(?:.{0,120}?[$#%>\u276F\u279C\u00BB]\\s*(?:~\\S*\\s+)?|\\+\\s+)?(?:sudo\\s+)?(?:" + COMMANDS
                    + ")(?:\\s+.*|\\s*\\|.*)?$");
    /** A bare prompt: user@host:~$, [user@host ~]$, host ~ %, PS C:\\>, or oh-my-zsh's arrow; never "61%". */
    private static final Pattern PROMPT_ONLY = Pattern.compile(
            "^(?:(?:.{0,120}(?:[@~\\]:\\\\]\\S*|\\s))?[$#%>]|[\u276F\u279C\u00BB].{0,80})$");
    private static final List<Pattern> NOT_FOUND = List.of(
            Pattern.compile("^(?:-?[\\w./-]+: )?(?:line \\d+: )?(?:\\d+: )?([\\w.-]+): (?:command )?not found$"),
            Pattern.compile("^(?:zsh|sh|fish): (?:command not found|Unknown command): ([\\w.-]+)$"),
            Pattern.compile("^Command '([\\w.-]+)' not found.*$"),
            Pattern.compile("^(?:-?[\\w./-]+: )?(?:Zeile \\d+: )?([\\w.-]+): Befehl nicht gefunden\\.?$"),
            Pattern.compile("^The term '([\\w.-]+)' is not recognized.*$"));
    private static final Pattern HINTS = Pattern.compile(
            "^(?:(?:sudo )?(?:apt|apt-get|snap|dnf|yum|brew) install .*|Try: .*|See 'snap info .*"
                    + "|Last login: .*|Please ask your administrator\\.?|Perhaps you meant.*|Did you mean.*|#.*)$");

    private final String[] lines;
    private final List<Section> sections;

    TranscriptLines(String[] lines, List<Section> sections) {
        this.lines = lines;
        this.sections = sections;
    }

    int size() {
        return lines.length;
    }

    String get(int index) {
        return lines[index];
    }

    static int number(int index) {
        return index + 1;
    }

    boolean isBlank(int index) {
        return lines[index].isBlank();
    }

    /** The tool a {@code command not found} line names, if the line is one. */
    Optional<String> missingTool(int index) {
        String line = lines[index].strip();
        for (Pattern pattern : NOT_FOUND) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the line shows a command being typed (after a prompt, or echoed by {@code set -x}). */
    boolean isEchoedCommand(int index) {
        return ECHOED_COMMAND.matcher(lines[index].strip()).matches();
    }

    /** Prompts, echoed commands, comments and install hints: lines that carry no facts. */
    boolean isNoise(int index) {
        String line = lines[index].strip();
        return ECHOED_COMMAND.matcher(line).matches() || PROMPT_ONLY.matcher(line).matches()
                || HINTS.matcher(line).matches();
    }

    /** Whether a section's output must stop before this line: it is blank, noise, or opens another output. */
    boolean endsOutput(int index) {
        return isBlank(index) || isNoise(index) || missingTool(index).isPresent() || opensSection(index);
    }

    boolean opensSection(int index) {
        String line = lines[index];
        for (Section section : sections) {
            if (section.starts(line)) {
                return true;
            }
        }
        return false;
    }
}
