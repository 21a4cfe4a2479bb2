package dev.praxis.inventory.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indented outline {@code system_profiler} prints: titles ("Graphics/Displays:"), named items one level deeper
 * ("Apple M2 Pro:") and their "Key: value" lines deeper still. Each item keeps only its own keys, so nested detail
 * (a GPU's displays, a drive's volumes) stays with the nested item.
 */
final class ProfilerOutline {

    private static final Pattern HEADING = Pattern.compile("^(\\s*)(\\S.*?):$");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*)([^:]{1,80}?):\\s+(\\S.*)$");

    /** One item of the outline with the 1-based line of its heading. */
    static final class Node {
        final String heading;
        final int indent;
        final int line;
        final Node parent;
        final Map<String, String> values = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();

        Node(String heading, int indent, int line, Node parent) {
            this.heading = heading;
            this.indent = indent;
            this.line = line;
            this.parent = parent;
        }

        String get(String key) {
            return values.get(key);
        }

        String getOrEmpty(String key) {
            return values.getOrDefault(key, "");
        }

        /** The title this item sits under ("Graphics/Displays"), or its own heading at the top. */
        String title() {
            Node node = this;
            while (node.parent != null && node.parent.parent != null) {
                node = node.parent;
            }
            return node.heading;
        }

        void visit(Consumer<Node> visitor) {
            visitor.accept(this);
            children.forEach(child -> child.visit(visitor));
        }
    }

    private ProfilerOutline() {
    }

    /** The outline of lines {@code start} to {@code end}, under an unnamed root. */
    static Node read(TranscriptLines lines, int start, int end) {
        Node root = new Node("", -1, TranscriptLines.number(start), null);
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int indent = indent(line);
            Matcher heading = HEADING.matcher(line);
            Matcher kv = KEY_VALUE.matcher(line);
            while (stack.size() > 1 && stack.get(stack.size() - 1).indent >= indent) {
                stack.remove(stack.size() - 1);
            }
            Node top = stack.get(stack.size() - 1);
            if (heading.matches()) {
                Node node = new Node(heading.group(2).strip(), indent, TranscriptLines.number(i), top);
                top.children.add(node);
                stack.add(node);
            } else if (kv.matches()) {
                top.values.putIfAbsent(kv.group(2).strip(), kv.group(3).strip());
            }
        }
        return root;
    }

    static int indent(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }
}
