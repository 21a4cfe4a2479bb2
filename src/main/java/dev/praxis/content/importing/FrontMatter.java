package dev.praxis.content.importing;

import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a page and the Markdown body after it. The front matter's lines are kept as blank lines
 * in the body, so every line number the parser reports is the line in the file.
 */
record FrontMatter(Map<String, Object> values, String body) {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** A top-level {@code key: "quoted value"} line with the closing {@code ---} glued to its end. */
    private static final Pattern GLUED_CLOSE =
            Pattern.compile("^([\\w.-]+:[ \\t]*(?:\"[^\"]*\"|'[^']*'))[ \\t]*---[ \\t]*$");

    static FrontMatter split(String path, String source) throws ContentImportException {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new FrontMatter(Map.of(), text);
        }
        int close = -1;
        String lastValue = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
            // "en_file: "…/module.md"---": the closing delimiter glued to the last quoted value. Nothing may follow a
            // closing quote in YAML, so this can only be the end of the front matter (real translated pages have it)
            Matcher glued = GLUED_CLOSE.matcher(lines[i]);
            if (glued.matches()) {
                close = i;
                lastValue = glued.group(1);
                break;
            }
        }
        if (close < 0) {
            throw new ContentImportException(path, "front matter opened on line 1 is never closed with '---'");
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
        }
        if (lastValue != null) {
            yaml.append(lastValue).append('\n');
        }
        Map<String, Object> values = parse(path, yaml.toString());
        StringBuilder body = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > close) {
                body.append(lines[i]);
            }
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new FrontMatter(values, body.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String path, String yaml) throws ContentImportException {
        if (yaml.isBlank()) {
            return Map.of();
        }
        try {
            Object value = YAML.readValue(yaml, Object.class);
            if (value instanceof Map<?, ?> map) {
                return new LinkedHashMap<>((Map<String, Object>) map);
            }
            throw new ContentImportException(path, "front matter is not a YAML mapping of keys to values");
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " on line " + (e.getLocation().getLineNr() + 1);
            throw new ContentImportException(path, "front matter is not valid YAML" + where + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    String string(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString().trim();
    }

    Object sidebar(String key) {
        return values.get("sidebar") instanceof Map<?, ?> sidebar ? sidebar.get(key) : null;
    }

    Integer order() {
        Object order = sidebar("order");
        if (order instanceof Number number) {
            return number.intValue();
        }
        if (order != null) {
            try {
                return Integer.valueOf(order.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
