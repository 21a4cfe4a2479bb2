package dev.praxis.system.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A YAML document read into maps, lists and scalars that remember their line, so every complaint about an authored
 * file (grading rubric, lab file) points at its line (Jackson's own tree forgets locations). Pure: no Spring.
 */
public final class LocatedYaml {

    public sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    public record Entry(int line, Node value) {
    }

    public record MapNode(int line, Map<String, Entry> entries) implements Node {
    }

    public record ListNode(int line, List<Node> items) implements Node {
    }

    /** A scalar as written; {@code text} is null for an empty value or {@code null}. */
    public record Scalar(int line, String text) implements Node {
    }

    /** A duplicate key, which Jackson's streaming parser lets through. */
    public static final class DuplicateKey extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;

        DuplicateKey(int line, String key) {
            super("duplicate key '" + key + "'");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private LocatedYaml() {
    }

    /** Reads the value at the parser's current token. */
    public static Node read(JsonParser parser) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (entries.putIfAbsent(key, new Entry(keyLine, read(parser))) != null) {
                    throw new DuplicateKey(keyLine, key);
                }
            }
            return new MapNode(line, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser));
            }
            return new ListNode(line, items);
        }
        return new Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getString());
    }

    /** The node as plain maps, lists and strings, for Jackson to bind. */
    public static Object plain(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> values = new LinkedHashMap<>();
            map.entries().forEach((key, entry) -> values.put(key, plain(entry.value())));
            return values;
        }
        if (node instanceof ListNode list) {
            return list.items().stream().map(LocatedYaml::plain).toList();
        }
        return ((Scalar) node).text();
    }
}
