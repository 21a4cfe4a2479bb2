package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code uname -a} from Linux (WSL1 and WSL2 included), macOS, the BSDs and Cygwin/MSYS: kernel name, host,
 * release, version..., machine. The host is kept only to notice two machines in one transcript. With the command
 * typed before it, the short forms ({@code uname -r}, {@code uname -m}, {@code uname -srm}) are read too.
 */
final class UnameSection extends DescribedSection {

    private static final Pattern UNAME = Pattern.compile("^(Linux|Darwin|FreeBSD|OpenBSD|NetBSD|DragonFly|SunOS"
            + "|GNU/kFreeBSD|(?:CYGWIN|MINGW32|MINGW64|MSYS|UCRT64|CLANG64)_NT-[\\d.]+(?:-[\\w.]+)?) (\\S+) (\\S+)(?: (.*))?$");
    private static final Pattern MACHINE = Pattern.compile("(?<![\\w-])(x86_64|amd64|aarch64|arm64|armv[5-9]\\w*|i[3-6]86"
            + "|riscv64|ppc64le|ppc64|ppc|s390x|mips64\\w*|mips\\w*|loongarch64|sparc64|ia64|alpha|arm|i86pc|macppc"
            + "|x64)(?![\\w-])");
    private static final Pattern RELEASE = Pattern.compile("^\\d+(?:\\.\\d+)+\\S*$");
    /** AIX prints its release and version as two numbers and a machine ID instead of a hardware name. */
    private static final Pattern AIX = Pattern.compile("^AIX (\\S+) (\\d) (\\d) ([0-9A-Fa-f]{12})$");

    static boolean opens(String line) {
        if (AIX.matcher(line.strip()).matches()) {
            return true;
        }
        Matcher m = UNAME.matcher(line.strip());
        return m.matches() && (RELEASE.matcher(m.group(2)).matches() || RELEASE.matcher(m.group(3)).matches()
                || m.group(3).matches("\\d.*")) && MACHINE.matcher(line).find();
    }

    UnameSection() {
        super(new Descriptor("uname",
                typed -> typed.startsWith("uname"),
                List.of("os.name", "os.kernel", "os.architecture"),
                "a line like 'Linux host 6.8.0-49-generic #49 SMP ... x86_64 GNU/Linux'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index).strip();
        if (opens(line)) {
            return index + 1;
        }
        if (index + 1 < limit && unwrapped(lines.get(index), lines.get(index + 1)) != null) {
            return index + 2;
        }
        if (typed != null && answers(typed) && index + 1 == limit(lines, index, limit) && shortForm(typed) != null) {
            return index + 1;
        }
        return -1;
    }

    private static int limit(TranscriptLines lines, int index, int limit) {
        int i = index + 1;
        while (i < limit && lines.isBlank(i)) {
            i++;
        }
        return i == limit ? index + 1 : i;
    }

    /**
     * A {@code uname -a} line a terminal or a mail client wrapped ({@code … 02:06:24 U} / {@code TC 2024 x86_64 …}):
     * the long first line names the system, a host, a release and a build ({@code #49-Ubuntu}), and joined to the next
     * line (with or without the space the wrap may have eaten) it is a whole {@code uname -a}. Null when it is none.
     */
    private static String unwrapped(String first, String second) {
        Matcher m = UNAME.matcher(first.strip());
        if (first.length() < 60 || !m.matches() || !first.contains(" #") || second.isBlank()
                || !RELEASE.matcher(m.group(3)).matches() && !RELEASE.matcher(m.group(2)).matches()) {
            return null;
        }
        for (String joined : new String[] {first.strip() + second.strip(), first.strip() + " " + second.strip()}) {
            if (opens(joined)) {
                return joined;
            }
        }
        return null;
    }

    @Override
    public void read(Block block, Facts facts) {
        int number = block.firstLine();
        String line = block.end() - block.start() == 2
                ? unwrapped(block.line(block.start()), block.line(block.start() + 1))
                : block.line(block.start()).strip();
        Matcher aix = AIX.matcher(line);
        if (aix.matches()) {
            facts.put(Field.HOST, aix.group(1), number);
            facts.put(Field.OS_NAME, "AIX", number);
            facts.put(Field.OS_KERNEL, aix.group(3) + "." + aix.group(2), number);
            return;
        }
        Matcher m = UNAME.matcher(line);
        if (m.matches() && opens(line)) {
            boolean hostless = RELEASE.matcher(m.group(2)).matches() && !RELEASE.matcher(m.group(3)).matches();
            String release = hostless ? m.group(2) : m.group(3);
            if (!hostless) {
                facts.put(Field.HOST, m.group(2).split("\\.")[0], number);
            }
            system(m.group(1), release, facts, number);
            Matcher machine = MACHINE.matcher(m.group(4) == null ? m.group(3) : m.group(4));
            String last = null;
            while (machine.find()) {
                last = machine.group(1);
            }
            facts.put(Field.OS_ARCHITECTURE, last, number);
            return;
        }
        String options = shortForm(block.typed());
        String[] values = line.split("\\s+");
        if (options == null || values.length != options.length()) {
            throw new UnreadableOutput(number, expected());
        }
        String system = null;
        String release = null;
        for (int i = 0; i < values.length; i++) {
            switch (options.charAt(i)) {
                case 's' -> system = values[i];
                case 'n' -> facts.put(Field.HOST, values[i], number);
                case 'r' -> release = values[i];
                case 'm', 'p' -> {
                    if (MACHINE.matcher(values[i]).matches()) {
                        facts.put(Field.OS_ARCHITECTURE, values[i], number);
                    }
                }
                default -> {
                }
            }
        }
        if (system != null || release != null) {
            system(system == null ? "Linux" : system, release, facts, number);
        }
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(number, expected());
        }
    }

    private static void system(String kernelName, String release, Facts facts, int number) {
        String name = osName(kernelName);
        facts.put(Field.OS_NAME, name, number);
        if (release != null) {
            facts.put(Field.OS_KERNEL, kernelName.equals("Darwin") ? "Darwin " + release : release, number);
        }
    }

    static String osName(String kernelName) {
        String upper = kernelName.toUpperCase(Locale.ROOT);
        if (upper.equals("DARWIN")) {
            return "macOS";
        }
        if (upper.contains("_NT-")) {
            return "Windows";
        }
        return switch (upper) {
            case "FREEBSD", "GNU/KFREEBSD" -> "FreeBSD";
            case "OPENBSD" -> "OpenBSD";
            case "NETBSD" -> "NetBSD";
            case "DRAGONFLY" -> "DragonFly";
            case "SUNOS" -> "SunOS";
            default -> kernelName.equals("Linux") ? "Linux" : kernelName;
        };
    }

    /** The fields {@code uname -srm} and the like print, in order; null for -a, -v and anything else. */
    private static String shortForm(String typed) {
        if (typed == null) {
            return null;
        }
        String[] words = typed.split("\\s+");
        if (!words[0].equals("uname")) {
            return null;
        }
        if (words.length == 1) {
            return "s";
        }
        StringBuilder options = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (word.startsWith("|")) {
                break;
            }
            switch (word) {
                case "--kernel-name" -> options.append('s');
                case "--nodename" -> options.append('n');
                case "--kernel-release" -> options.append('r');
                case "--machine" -> options.append('m');
                default -> {
                    if (!word.matches("-[snrmpio]+")) {
                        return null;
                    }
                    options.append(word.substring(1));
                }
            }
        }
        StringBuilder ordered = new StringBuilder();
        for (char c : "snrmpio".toCharArray()) {
            if (options.indexOf(String.valueOf(c)) >= 0) {
                ordered.append(c);
            }
        }
        return ordered.toString();
    }
}
