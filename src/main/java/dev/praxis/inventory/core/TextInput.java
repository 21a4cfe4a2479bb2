package dev.praxis.inventory.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns uploaded bytes into clean lines: strict UTF-8, no NUL bytes, CRLF and CR normalised, ANSI colour and
 * terminal-title sequences removed, tabs expanded, very long lines cut. Line numbers stay those of the original input.
 */
final class TextInput {

    private static final Pattern ANSI = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B\n]*(?:\u0007|\u001B\\\\)?|\u001B[()][0-9A-Za-z]|\u001B[=>78]");
    private static final Pattern OTHER_CONTROLS = Pattern.compile("[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private TextInput() {
    }

    static String decode(byte[] raw) {
        if (raw.length == 0) {
            throw new InventoryParseException("input", 1, "some text: the upload is empty");
        }
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                throw new InventoryParseException("input", lineAt(raw, i),
                        "text, found a NUL byte (is this a binary file?)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CharBuffer out = CharBuffer.allocate(raw.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InventoryParseException("input", lineAt(raw, in.position()),
                    "UTF-8 text, found an invalid byte sequence");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A value as a person could have typed it: JSON escapes can carry control characters (a {@code \u0000} in agent
     * JSON) that no command prints and PostgreSQL cannot store in text or jsonb.
     */
    static String withoutControls(String value) {
        return OTHER_CONTROLS.matcher(value).replaceAll("");
    }

    /** The cleaned lines; tabs become spaces to the next multiple of 8, as a terminal shows them. */
    static TranscriptLines lines(String text) {
        String cleaned = OTHER_CONTROLS.matcher(ANSI.matcher(text).replaceAll("")).replaceAll("");
        String[] lines = LINE_BREAK.split(cleaned, -1);
        int[] lengths = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            lengths[i] = lines[i].length();
            int keep = csvHeaderShaped(lines[i]) ? TranscriptLines.LONGEST_CSV_LINE : TranscriptLines.LONGEST_LINE;
            String line = lines[i].length() > keep ? lines[i].substring(0, keep) : lines[i];
            String plain = expandTabs(line.replace('\u00A0', ' ').replace('\u200B', ' ')).stripTrailing();
            lines[i] = withoutFenceAtTheEnd(withoutFenceOnTheLine(withoutInlineCode(plain)));
        }
        withoutLineNumbers(lines);
        withoutQuoteMarks(lines);
        withoutCommonIndent(lines);
        withoutInlineCodeOverLines(lines);
        String[] unquoted = unquotedVector(lines);
        if (unquoted != null) {
            int[] unquotedLengths = new int[unquoted.length];
            for (int i = 0; i < unquoted.length; i++) {
                unquotedLengths[i] = unquoted[i].length();
            }
            return new TranscriptLines(unquoted, unquotedLengths, true);
        }
        return new TranscriptLines(lines, lengths);
    }

    /** R's print of a character vector: {@code [1] "Capacity  \r" "17179869184  \r"}, strings side by side. */
    private static final Pattern R_VECTOR = Pattern.compile(
            "^\\s*(?:\\[\\d{1,6}]\\s*)?(?:\"(?:[^\"\\\\]|\\\\.){0,400}\"\\s*){2,200}$");
    /** Python's print of a list of strings: {@code ['Capacity  \r', '17179869184  \r']}. */
    private static final Pattern PYTHON_LIST = Pattern.compile(
            "^\\s*\\[\\s*'(?:[^'\\\\]|\\\\.){0,400}'(?:\\s*,\\s*'(?:[^'\\\\]|\\\\.){0,400}'){1,200}\\s*]\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'");

    /**
     * A program's captured output printed as a list of strings (R's {@code system(…, intern = TRUE)}, Python's
     * {@code check_output(…).splitlines()}): when every line of the paste is such a list, the strings are the output's
     * lines, unquoted ({@code \r}, {@code \t}, {@code \"} undone). Line numbers then count those lines, which a
     * warning says. Null when the paste is anything else.
     */
    private static String[] unquotedVector(String[] lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        boolean any = false;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > 20_000 || !(R_VECTOR.matcher(line).matches() || PYTHON_LIST.matcher(line).matches())) {
                return null;
            }
            any = true;
            Matcher quoted = QUOTED.matcher(line);
            while (quoted.find()) {
                String text = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
                out.add(text.replace("\\r", "").replace("\\n", "").replace("\\t", "\t").replace("\\\"", "\"")
                        .replace("\\'", "'").replace("\\\\", "\\").stripTrailing());
            }
        }
        return any ? out.toArray(String[]::new) : null;
    }

    /** A line number an editor, {@code cat -n} or a pastebin put before each line: {@code 12: }, {@code  12 | }. */
    private static final Pattern LINE_NUMBER = Pattern.compile("^\\s{0,8}(\\d{1,6})(?:$| ?[:|] ?|\\.? {1,2})");

    /**
     * A paste with a line number before every line ({@code cat -n}, an editor's gutter, a pastebin): when nine lines
     * in ten, at least five, carry numbers that each follow the one before, the numbers are dropped. Outputs whose
     * lines start with numbers do not count up one by one.
     */
    private static void withoutLineNumbers(String[] lines) {
        int[] ends = new int[lines.length];
        int numbered = 0;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < lines.length; i++) {
            ends[i] = -1;
            String stripped = lines[i].stripLeading();
            if (stripped.isEmpty() || !Character.isDigit(stripped.charAt(0))) {
                continue;
            }
            Matcher m = LINE_NUMBER.matcher(lines[i]);
            if (m.lookingAt()) {
                long number = Long.parseLong(m.group(1));
                if (number == previous + 1 || numbered == 0) {
                    ends[i] = m.end();
                    numbered++;
                }
                previous = number;
            }
        }
        int digitsAfter = 0;
        for (int i = 0; i < lines.length; i++) {
            if (ends[i] >= 0 && ends[i] < lines[i].length() && Character.isDigit(lines[i].charAt(ends[i]))) {
                digitsAfter++;
            }
        }
        // lscpu -e and other tables count their first column up too, but more numbers follow it
        if (numbered < 5 || numbered * 10 < nonEmpty(lines) * 9 || digitsAfter * 2 > numbered) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            if (ends[i] >= 0) {
                lines[i] = lines[i].substring(ends[i]);
            }
        }
    }

    /** A paste quoted line by line, as mail and Markdown do ({@code > Mem:  31Gi …}): the marks are dropped. */
    private static void withoutQuoteMarks(String[] lines) {
        int quoted = 0;
        for (String line : lines) {
            String stripped = line.stripLeading();
            if (!stripped.isEmpty() && stripped.charAt(0) == '>' && QUOTE.matcher(line).lookingAt()) {
                quoted++;
            }
        }
        if (quoted < 3 || quoted * 10 < nonEmpty(lines) * 9) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            lines[i] = QUOTE.matcher(lines[i]).replaceFirst("");
        }
    }

    private static final Pattern QUOTE = Pattern.compile("^ {0,3}(?:> ?)+");

    /**
     * A transcript indented as a whole (a Markdown code block, a list item): the indent all its lines share is dropped,
     * which keeps every column where it was relative to the others. Only when a line is a prompt with its command:
     * an output cut at the top (rocminfo, lspci -v) can have every line indented, and there the indent is its layout.
     */
    private static void withoutCommonIndent(String[] lines) {
        int indent = Integer.MAX_VALUE;
        int count = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                int spaces = 0;
                while (spaces < line.length() && line.charAt(spaces) == ' ') {
                    spaces++;
                }
                indent = Math.min(indent, spaces);
                count++;
            }
        }
        if (count < 3 || indent < 2 || indent == Integer.MAX_VALUE) {
            return;
        }
        boolean prompt = false;
        for (String line : lines) {
            prompt |= !line.isBlank() && PROMPT.matcher(line.substring(indent)).lookingAt();
        }
        if (!prompt) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].isBlank() ? "" : lines[i].substring(indent);
        }
    }

    /** {@code user@host:~$ cmd}, {@code [root@host ~]# cmd}, {@code PS C:\> cmd}, {@code $ cmd}. */
    private static final Pattern PROMPT = Pattern.compile("(?:[\\w.-]+@[\\w.-]+(?::\\S*)?\\s?[$#%]|\\[[^\\]]+@[^\\]]+\\]\\s?[$#]"
            + "|PS [A-Z]:\\\\[^>]*>|[$#%] )\\s*\\w");

    private static int nonEmpty(String[] lines) {
        int count = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                count++;
            }
        }
        return count;
    }

    /**
     * Markdown inline code spanning several lines ({@code `$ uname -r} ... {@code 4.9.0-5-686-pae`}): a line opening
     * with a single backtick and holding no other, closed by a later line ending with the only backtick in between.
     * Both backticks are dropped, so neither sticks to the command or the last value. Only a span opened by a typed
     * command ({@code `$ lscpu}, {@code `# free -h}, {@code `PS C:\> …}) counts: figures quoted in prose stay quoted,
     * and {@code `-sda1}, lsblk's ASCII tree, opens nothing.
     */
    private static void withoutInlineCodeOverLines(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String open = lines[i].stripLeading();
            if (open.length() < 3 || open.charAt(0) != '`' || !TYPED_IN_CODE.matcher(open).lookingAt() || open.indexOf('`', 1) >= 0) {
                continue;
            }
            for (int j = i + 1; j < lines.length && j <= i + LONGEST_INLINE_SPAN; j++) {
                int tick = lines[j].indexOf('`');
                if (tick < 0) {
                    continue;
                }
                if (tick == lines[j].length() - 1) {
                    lines[i] = open.substring(1);
                    lines[j] = lines[j].substring(0, tick).stripTrailing();
                    i = j;
                }
                break;
            }
        }
    }

    private static final Pattern TYPED_IN_CODE = Pattern.compile("`(?:[$#%>] ?\\S|PS [A-Z]:\\\\)");

    /** How many lines an inline code span may cover: a pasted output, not a whole document. */
    private static final int LONGEST_INLINE_SPAN = 400;

    /**
     * Whether a line longer than {@link TranscriptLines#LONGEST_LINE} looks like the header of a CSV with many columns
     * ({@code nvidia-smi --query-gpu} with every field): comma-separated names in plain ASCII, no other text. Only
     * such lines are kept up to {@link TranscriptLines#LONGEST_CSV_LINE}; the whole upload stays within its 1 MB.
     */
    static boolean csvHeaderShaped(String line) {
        if (line.length() <= TranscriptLines.LONGEST_LINE || line.length() > 4 * TranscriptLines.LONGEST_CSV_LINE) {
            return false;
        }
        int commas = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',') {
                commas++;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " ._[]%/-=\"':~$@#>".indexOf(c) >= 0)) {
                return false;
            }
        }
        return commas * 64 >= line.length();
    }

    /**
     * An output pasted right after a Markdown fence, on its line ({@code ```Architecture:   x86_64}): what follows the
     * fence is the output's first line when it is a "key: value" pair, which no fence's language name is.
     */
    private static String withoutFenceOnTheLine(String line) {
        Matcher fenced = FENCE_WITH_CONTENT.matcher(line);
        return fenced.matches() ? fenced.group(1) : line;
    }

    /** An output whose closing Markdown fence was glued to its last line ({@code Swap:  2.0Gi  0B  2.0Gi```}). */
    private static String withoutFenceAtTheEnd(String line) {
        if (!line.endsWith("```") && !line.endsWith("~~~")) {
            return line;
        }
        String content = line.substring(0, line.length() - 3);
        return content.isBlank() || content.endsWith("`") || content.endsWith("~") ? line : content.stripTrailing();
    }

    private static final Pattern FENCE_WITH_CONTENT = Pattern.compile("^\\s*(?:`{3,}|~{3,})([^\\s`~][^`]*?:\\s+\\S.*)$");

    /** A whole line quoted as Markdown inline code ({@code `Linux host 6.1.0 … aarch64`}) without its backticks. */
    private static String withoutInlineCode(String line) {
        String stripped = line.strip();
        if (stripped.length() > 2 && stripped.charAt(0) == '`' && stripped.charAt(stripped.length() - 1) == '`'
                && stripped.charAt(1) != '`' && stripped.indexOf('`', 1) == stripped.length() - 1) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return line;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 8 != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int lineAt(byte[] raw, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < raw.length; i++) {
            if (raw[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
