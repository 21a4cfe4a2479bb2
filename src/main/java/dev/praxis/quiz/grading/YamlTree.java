package dev.praxis.quiz.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A YAML document read into maps, lists and scalars that remember their line, so every complaint about a grading
 * file can point at the line that caused it (Jackson's own tree forgets locations).
 */
final class YamlTree {

    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    record Entry(int line, Node value) {
    }

    record MapNode(int line, Map<String, Entry> entries) implements Node {
    }

    record ListNode(int line, List<Node> items) implements Node {
    }

    /** A scalar as written; {@code text} is null for an empty value or {@code null}. */
    record Scalar(int line, String text, JsonToken token) implements Node {
    }

    /** Thrown for a duplicate key, which Jackson's streaming parser lets through. */
    static final class DuplicateKey extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final int line;

        DuplicateKey(int line, String key) {
            super("duplicate key '" + key + "'");
            this.line = line;
        }
    }

    private YamlTree() {
    }

    /** Reads the value at the parser's current token (the parser must already stand on it). */
    static Node read(JsonParser parser) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                Node value = read(parser);
                if (entries.putIfAbsent(key, new Entry(keyLine, value)) != null) {
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
        String text = token == JsonToken.VALUE_NULL ? null : parser.getString();
        return new Scalar(line, text, token);
    }
}
