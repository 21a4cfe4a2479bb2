package dev.praxis.inventory.core;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code system_profiler -xml}: an Apple property list, an array with one dict per data type ({@code _dataType}
 * names it, {@code _items} holds what {@code -json} prints under the data type's name). It is turned into the tree
 * {@code -json} gives, so both are read by the same keys. A paste cut before {@code </plist>} gives what it holds, the
 * containers still open at the cut marked as such.
 */
final class ProfilerPlist {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z]{1,10})\\s*(/?)>([^<]*)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfilerPlist() {
    }

    /** Whether a property list opens at this line: the XML declaration or DOCTYPE, then {@code <plist} soon after. */
    static boolean opens(TranscriptLines lines, int index, int limit) {
        String first = lines.get(index).strip();
        if (!first.startsWith("<?xml") && !first.startsWith("<!DOCTYPE plist") && !first.startsWith("<plist")) {
            return false;
        }
        for (int i = index; i < limit && i < index + 3; i++) {
            if (lines.get(i).contains("<plist")) {
                return true;
            }
        }
        return false;
    }

    /** The line after {@code </plist>}, or, when the paste was cut, after its last line before a prompt or command. */
    static int end(TranscriptLines lines, int index, int limit) {
        int last = index;
        for (int i = index; i < limit; i++) {
            // an element's text may look like a prompt ("<string>proc 8:4:4</string>"); a tag line is the plist's
            if (lines.endsOutputKeepingBlanks(i) && i > index && !lines.get(i).strip().startsWith("<")) {
                break;
            }
            if (lines.get(i).contains("</plist>")) {
                return i + 1;
            }
            if (!lines.isBlank(i)) {
                last = i;
            }
        }
        return last + 1;
    }

    /** The property list as the tree -json prints, with the line where each container opens. */
    static ProfilerJson.Parsed parse(Section.Block block) {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        Deque<JsonNode> open = new ArrayDeque<>();
        JsonNode root = null;
        String key = null;
        boolean closed = false;
        for (int i = block.start(); i < block.end() && !closed; i++) {
            int number = TranscriptLines.number(i);
            Matcher tag = TAG.matcher(block.line(i));
            while (tag.find()) {
                boolean closing = !tag.group(1).isEmpty();
                String name = tag.group(2);
                if (closing) {
                    if (name.equals("dict") || name.equals("array")) {
                        if (open.isEmpty()) {
                            break;
                        }
                        open.pop();
                    } else if (name.equals("plist")) {
                        closed = true;
                    }
                    continue;
                }
                JsonNode node = switch (name) {
                    case "dict" -> NODES.objectNode();
                    case "array" -> NODES.arrayNode();
                    case "key" -> {
                        key = unescape(tag.group(4));
                        yield null;
                    }
                    case "string", "date", "data" -> NODES.stringNode(unescape(tag.group(4)));
                    case "integer" -> number(tag.group(4), true);
                    case "real" -> number(tag.group(4), false);
                    case "true", "false" -> NODES.booleanNode(name.equals("true"));
                    default -> null;
                };
                if (node == null) {
                    continue;
                }
                if (open.isEmpty()) {
                    root = root == null ? node : root;
                } else if (open.peek() instanceof ObjectNode object) {
                    if (key != null) {
                        object.set(key, node);
                    }
                    key = null;
                } else {
                    ((ArrayNode) open.peek()).add(node);
                }
                if (node.isContainer()) {
                    lines.put(node, number);
                    open.push(node);
                }
            }
        }
        JsonNode tree = byDataType(root);
        if (open.isEmpty()) {
            return new ProfilerJson.Parsed(tree, lines, null, null);
        }
        return new ProfilerJson.Parsed(tree, lines, block.lastLine(), "its closing tags are missing",
                ProfilerJson.unclosed(open));
    }

    /** [{_dataType: "SPHardwareDataType", _items: [...]}] becomes {"SPHardwareDataType": [...]}, as -json writes it. */
    private static JsonNode byDataType(JsonNode root) {
        if (root == null || !root.isArray()) {
            return root;
        }
        ObjectNode tree = NODES.objectNode();
        for (JsonNode dataType : root) {
            JsonNode type = dataType.get("_dataType");
            JsonNode items = dataType.get("_items");
            if (type != null && type.isString() && items != null) {
                tree.set(type.asString(), items);
            }
        }
        return tree;
    }

    private static JsonNode number(String text, boolean integer) {
        try {
            return integer ? NODES.numberNode(Long.parseLong(text.strip()))
                    : NODES.numberNode(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return NODES.stringNode(text.strip());
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&").strip();
    }
}
