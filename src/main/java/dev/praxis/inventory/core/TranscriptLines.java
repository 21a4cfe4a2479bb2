package dev.praxis.inventory.core;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a pasted terminal session, each classified once: blank, a command being typed (after a prompt, or
 * alone on its line), a bare prompt, a {@code command not found} message, other noise (install hints, code fences,
 * {@code script} banners), or text that may be command output.
 */
final class TranscriptLines {

    /** Longer lines are cut: no command output the parser reads comes near it, and regexes stay linear. */
    static final int LONGEST_LINE = 4096;
    /** A CSV header of nvidia-smi with every query field runs past 4 096 characters; such lines are kept this far. */
    static final int LONGEST_CSV_LINE = 16384;

    enum Kind { BLANK, COMMAND, PROMPT, MISSING_TOOL, NOISE, TEXT }

    /** Commands whose output the readers know; typed without a prompt, a line must start with one of them. */
    private static final String KNOWN = "uname|lscpu|free|df|lsblk|lspci|nvidia-smi|rocm-smi|sysctl|system_profiler"
            + "|cat|head|grep|sed|awk|less|more|sw_vers|lsb_release|hostnamectl|nproc|getconf|dmidecode|inxi"
            + "|neofetch|fastfetch|screenfetch|vm_stat|diskutil|findmnt|hwinfo|lshw|systeminfo|wmic|clinfo"
            + "|glxinfo|vulkaninfo|top|htop|echo|sudo|doas|rocminfo|sensors|upower|lsusb|mount|uptime|hostname"
            + "|Get-CimInstance|Get-WmiObject|gcim|gwmi";
    /**
     * A prompt with a recognisable frame: user@host..., [user@host dir], host:dir user, bash-5.1, PS C:\\, ➜ dir, or
     * a bare $ % >. A bare # is also how comments start, so after it only a known command counts (see LOOSE).
     */
    private static final String FRAMED_PROMPT = "(?:\\([\\w.-]{1,40}\\)\\s+)?(?:"
            + "[\\w.-]{1,64}@[\\w.-]{1,64}(?::[^\\s$#%>]*|\\s+[^\\s$#%>]+)?\\s*[$#%>]"
            + "|\\[[^\\]\\n]{1,120}\\]\\s*[$#%>]"
            + "|[\\w.-]{1,64}:[^\\s$#%>]*\\s+[\\w.-]{1,64}\\s*[$#%>]"
            + "|(?:ba|z|k|da)?sh-[\\d.]{1,8}\\s*[$#]"
            + "|PS [A-Za-z]:\\\\[^>]{0,200}>|[A-Za-z]:\\\\[^>]{0,200}>"
            + "|[\u279C\u276F\u2192\u00BB\u03BB]\\s+(?:[^\\s]{1,80}\\s+(?:git:\\([^)]{1,80}\\)\\s+)?(?:\u2717\\s+)?)?"
            + "|[$%>]"
            + "|\\+{1,3})";
    private static final Pattern FRAMED = Pattern.compile("^" + FRAMED_PROMPT + "\\s*(?:(?:sudo|doas)\\s+(?:-\\S+\\s+)*)?"
            + "((?:\\./|~/|/usr/(?:s?bin|local/bin)/)?[a-z][\\w.+-]{0,40})(?:\\s+(.*)|\\s*([|;&].*))?$");
    /** Anything up to a prompt character, then one of the known commands (exotic prompts). */
    private static final Pattern LOOSE = Pattern.compile("^.{0,120}?[$#%>\u276F\u279C\u00BB]\\s*(?:~\\S*\\s+)?"
            + "(?:(?:sudo|doas)\\s+)?((?:/usr/s?bin/)?(?:" + KNOWN + "))(?:\\s+(.*)|\\s*([|;&].*))?$");
    private static final Pattern BARE = Pattern.compile("^(?:(?:sudo|doas)\\s+(?:-\\S+\\s+)*)?((?:/usr/s?bin/)?(?:"
            + KNOWN + "))(?:\\s+([-|/'\"$<>A-Za-z_~.].*))?$");
    /** The first line top prints ({@code top - 10:39:10 up 40 min, …}) starts with a command's name but is output. */
    private static final Pattern TOP_SUMMARY = Pattern.compile("^top - \\d{1,2}:\\d{2}:\\d{2} up .*");
    /** wmic's own shell: {@code wmic:root\\cli>diskdrive get /value} is {@code wmic diskdrive get /value}. */
    private static final Pattern WMIC_SHELL = Pattern.compile("^wmic:root\\\\cli>\\s*(\\S.*)$");
    private static final Pattern PROMPT_ONLY = Pattern.compile("^(?:" + FRAMED_PROMPT + "|.{0,120}[@~\\]:\\\\][^\\s]*"
            + "\\s*[$#%>])\\s*$");
    private static final Pattern TYPED_ALONE = Pattern.compile("^(?:sudo\\s+)?[a-z][\\w.+-]{0,40}(?:\\s+-.*|\\s*\\|.*)?$");
    private static final Pattern HOST = Pattern.compile("^(?:\\([\\w.-]+\\)\\s+)?\\[?[\\w.-]+@([\\w-]+)[\\w.-]*[:\\s\\]]");

    private static final String NOT_FOUND_WORDS = "(?:command not found|not found|Befehl nicht gefunden"
            + "|Kommando nicht gefunden|commande introuvable|orden no encontrada|no se encontr\u00F3 la orden"
            + "|comando non trovato|comando n\u00E3o encontrado|\u043A\u043E\u043C\u0430\u043D\u0434\u0430 \u043D\u0435 "
            + "\u043D\u0430\u0439\u0434\u0435\u043D\u0430|nie znaleziono polecenia|p\u0159\u00EDkaz nenalezen"
            + "|opdracht niet gevonden|kommandot finns inte|kommando ikke fundet|komentoa ei l\u00F6ydy"
            + "|parancs nem tal\u00E1lhat\u00F3|komut yok|\u043A\u043E\u043C\u0430\u043D\u0434\u0443 \u043D\u0435 "
            + "\u0437\u043D\u0430\u0439\u0434\u0435\u043D\u043E|\u30B3\u30DE\u30F3\u30C9\u304C\u898B\u3064\u304B"
            + "\u308A\u307E\u305B\u3093|\u672A\u627E\u5230\u547D\u4EE4|\u6307\u4EE4\u627E\u4E0D\u5230"
            + "|perintah tidak ditemukan|kh\u00F4ng t\u00ECm th\u1EA5y l\u1EC7nh|Komando ne trovita)";
    private static final List<Pattern> NOT_FOUND = List.of(
            Pattern.compile("^(?:-?[\\w./-]+\\s?:\\s)?(?:\\S+ \\d+\\s?:\\s)?(?:\\d+:\\s)?([\\w.-]+)\\s?[:\uFF1A]\\s?"
                    + NOT_FOUND_WORDS + "\\.?$"),
            Pattern.compile("^(?:zsh|sh|fish|ksh|bash): (?:command not found|[Uu]nknown command):? '?([\\w.-]+)'?$"),
            Pattern.compile("^Command '([\\w.-]+)' not found.*$"),
            Pattern.compile("^([\\w.-]+): Command not found\\.?$"),
            Pattern.compile("^(?:[\\w.-]+ ?: )?The term '([\\w.-]+)' is not recognized.*$"),
            Pattern.compile("^'([\\w.-]+)' is not recognized as an internal or external command.*$"),
            Pattern.compile("^which: no ([\\w.-]+) in .*$"));
    private static final Pattern NOISE = Pattern.compile("^(?:(?:sudo )?(?:apt|apt-get|snap|dnf|yum|zypper|pacman|brew)"
            + " install .*|Try: .*|See 'snap info .*|Last login: .*|Please ask your administrator\\.?"
            + "|Perhaps you meant.*|Did you mean.*|operable program or batch file\\.|At line:\\d+ char:\\d+"
            + "|Check the spelling of the name, or if a path was included, .*"
            + "|(?:function, )?script file, or (?:operable|executable) program\\.?"
            + "|\\+ (?:CategoryInfo|FullyQualifiedErrorId) .*|~+|Script (?:started|done) on .*|`{3}.*|~{3}.*"
            + "|\\s*command '[\\w.-]+' from (?:deb|snap) .*|You will have to enable the component called .*"
            + "|#\\s*$|#\\s+[a-z].*|\\$ ?|exit|logout|Connection to \\S+ closed\\.)$");

    private final String[] lines;
    private final Kind[] kinds;
    private final String[] commands;
    private final String[] missing;
    private final int[] lengths;
    /** Whether the lines were unquoted from a program's printed list of strings (see {@link TextInput}). */
    private final boolean unquoted;

    TranscriptLines(String[] lines, int[] lengths) {
        this(lines, lengths, false);
    }

    TranscriptLines(String[] lines, int[] lengths, boolean unquoted) {
        this.unquoted = unquoted;
        this.lines = lines;
        this.lengths = lengths;
        this.kinds = new Kind[lines.length];
        this.commands = new String[lines.length];
        this.missing = new String[lines.length];
        boolean afterMissing = false;
        for (int i = 0; i < lines.length; i++) {
            classify(i);
            // PowerShell follows "The term 'x' is not recognized" with the typed line and markers: "+ x", "+ ~~~"
            if (afterMissing && kinds[i] != Kind.BLANK && lines[i].strip().startsWith("+ ")) {
                kinds[i] = Kind.NOISE;
                commands[i] = null;
            }
            afterMissing = kinds[i] == Kind.MISSING_TOOL || afterMissing && kinds[i] == Kind.NOISE;
            // a terminal log (script) breaks a long prompt line before the command typed after it
            if (i > 0 && kinds[i] == Kind.TEXT && kinds[i - 1] == Kind.PROMPT
                    && TYPED_ALONE.matcher(lines[i].strip()).matches()) {
                kinds[i] = Kind.COMMAND;
                commands[i] = lines[i].strip();
            }
        }
    }

    private void classify(int i) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
            kinds[i] = Kind.BLANK;
            return;
        }
        // every "not found" form has a colon or a quote; most output lines (numbers, table rows) have neither
        boolean mayBeError = line.indexOf(':') >= 0 || line.indexOf('\uFF1A') >= 0 || line.indexOf('\'') >= 0;
        for (int p = 0; mayBeError && p < NOT_FOUND.size(); p++) {
            Matcher m = NOT_FOUND.get(p).matcher(line);
            if (m.matches()) {
                kinds[i] = Kind.MISSING_TOOL;
                missing[i] = m.group(1);
                return;
            }
        }
        String command = command(line);
        if (command != null) {
            kinds[i] = Kind.COMMAND;
            commands[i] = command;
        } else if (PROMPT_ONLY.matcher(line).matches()) {
            kinds[i] = Kind.PROMPT;
        } else if (NOISE.matcher(line).matches()) {
            kinds[i] = Kind.NOISE;
        } else {
            kinds[i] = Kind.TEXT;
        }
    }

    /** The command typed on this line ({@code lscpu | sed -n '1,20p'}), without prompt and sudo; or null. */
    private static String command(String line) {
        if (TOP_SUMMARY.matcher(line).matches()) {
            return null;
        }
        Matcher wmic = WMIC_SHELL.matcher(line);
        if (wmic.matches()) {
            return "wmic " + wmic.group(1).strip();
        }
        Matcher m = BARE.matcher(line);
        if (!m.matches()) {
            m = FRAMED.matcher(line);
            if (m.matches() && followsLikeArguments(m.group(2))) {
                return typed(m);
            }
            m = LOOSE.matcher(line);
            if (!m.matches()) {
                return null;
            }
        }
        return typed(m);
    }

    /** "processors : 4" after "#" is s390 cpuinfo, "kernel.ostype = Linux" a sysctl line, not a command. */
    private static boolean followsLikeArguments(String rest) {
        return rest == null || !(rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("\uFF1A"));
    }

    private static String typed(Matcher m) {
        String word = m.group(1);
        String base = word.substring(word.lastIndexOf('/') + 1);
        String rest = m.group(2) != null || m.groupCount() < 3 ? m.group(2) : m.group(3);
        return rest == null || rest.isBlank() ? base : base + " " + rest.strip();
    }

    boolean unquoted() {
        return unquoted;
    }

    int size() {
        return lines.length;
    }

    String get(int index) {
        return lines[index];
    }

    Kind kind(int index) {
        return kinds[index];
    }

    static int number(int index) {
        return index + 1;
    }

    boolean isBlank(int index) {
        return kinds[index] == Kind.BLANK;
    }

    /** Text that may be command output (not blank, not a prompt, command, error or hint). */
    boolean isText(int index) {
        return kinds[index] == Kind.TEXT;
    }

    /** The command typed on this line, or null. */
    String command(int index) {
        return commands[index];
    }

    /** The tool a {@code command not found} line names, or null. */
    String missingTool(int index) {
        return missing[index];
    }

    /** The length of the line as uploaded, before it was cut at {@link #LONGEST_LINE}. */
    int length(int index) {
        return lengths[index];
    }

    /** The host named by a {@code user@host} prompt on this line, or null. */
    String promptHost(int index) {
        if (kinds[index] != Kind.COMMAND && kinds[index] != Kind.PROMPT) {
            return null;
        }
        Matcher m = HOST.matcher(lines[index].strip());
        return m.find() ? m.group(1) : null;
    }

    /** Whether an output must end before this line: it is blank, a prompt, a typed command or an error. */
    boolean endsOutput(int index) {
        Kind kind = kinds[index];
        return kind == Kind.BLANK || kind == Kind.COMMAND || kind == Kind.PROMPT || kind == Kind.MISSING_TOOL;
    }

    /**
     * The end of an output that may hold blank lines: the index after the last line from {@code from} on that
     * {@code belongs}, stopping at the first other line that is not blank, or at a prompt, command or error.
     */
    int extent(int from, int limit, java.util.function.IntPredicate belongs) {
        int end = from;
        for (int i = from; i < limit; i++) {
            if (isBlank(i)) {
                continue;
            }
            if (endsOutputKeepingBlanks(i) || !belongs.test(i)) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    /** Like {@link #endsOutput} but blank lines do not end it (outputs with blank lines inside). */
    boolean endsOutputKeepingBlanks(int index) {
        return kinds[index] != Kind.BLANK && endsOutput(index);
    }
}
