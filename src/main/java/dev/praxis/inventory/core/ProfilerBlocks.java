package dev.praxis.inventory.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indented outline {@code system_profiler} prints: a top-level title, then named blocks whose "Key: value"
 * lines sit one level deeper. Only the keys at the depth of the block's first key are kept, so nested detail
 * (a GPU's displays, a drive's volumes) does not leak into the block.
 */
final class ProfilerBlocks {

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s+)([^:]+):\\s+(\\S.*)$");
    private static final Pattern HEADING = Pattern.compile("^(\\s+)(\\S.*?):$");

    /** One named block and its keys, with the line of the heading. */
    record Block(String heading, int line, Map<String, String> values) {
    }

    private ProfilerBlocks() {
    }

    /**
     * Reads the blocks after the title line at {@code titleIndex} until the first line that is not indented.
     *
     * @param into the list the blocks are added to
     * @return the index after the outline
     */
    static int read(TranscriptLines lines, int titleIndex, List<Block> into) {
        int keyIndent = -1;
        String heading = null;
        int headingLine = 0;
        Map<String, String> values = new LinkedHashMap<>();
        int i = titleIndex + 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                break;
            }
            int indent = indent(line);
            Matcher kv = KEY_VALUE.matcher(line);
            Matcher h = HEADING.matcher(line);
            if (kv.matches() && (keyIndent < 0 || indent == keyIndent) && heading != null) {
                keyIndent = indent;
                values.putIfAbsent(kv.group(2).strip(), kv.group(3).strip());
            } else if (h.matches() && (keyIndent < 0 || indent < keyIndent)) {
                if (!values.isEmpty()) {
                    into.add(new Block(heading, headingLine, values));
                    values = new LinkedHashMap<>();
                }
                heading = h.group(2).strip();
                headingLine = TranscriptLines.number(i);
            }
        }
        if (!values.isEmpty()) {
            into.add(new Block(heading, headingLine, values));
        }
        return i;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }
}
