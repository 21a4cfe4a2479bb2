package dev.praxis.lab.validation;

import dev.praxis.content.CourseModule;
import dev.praxis.content.Problem;
import dev.praxis.lab.validation.LabDefinition.Example;
import dev.praxis.lab.validation.LabDefinition.Expected;
import dev.praxis.lab.validation.LabDefinition.ItemBinding;
import dev.praxis.system.yaml.LocatedYaml;
import dev.praxis.system.yaml.LocatedYaml.Entry;
import dev.praxis.system.yaml.LocatedYaml.ListNode;
import dev.praxis.system.yaml.LocatedYaml.MapNode;
import dev.praxis.system.yaml.LocatedYaml.Node;
import dev.praxis.system.yaml.LocatedYaml.Scalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads lab files. The format (every key is checked; unknown keys are errors):
 *
 * <pre>
 * module: &lt;slug&gt;
 * items:
 *   - step: "1"            # "1".."7" or success
 *     item: 1              # 1-based within the step
 *     text: "…"            # the checklist text, as in the module
 *     validator: workload-paragraph    # or: self-attested: true
 *     source: "§1 …"       # the module table or paragraph behind the rule
 * examples:
 *   - name: strong
 *     lab: { …the LabWork JSON as YAML… }
 *     expect:
 *       "1": [pass, pass, pass]
 *       success: [pass, …]
 * </pre>
 */
public final class LabDefinitions {

    public static final String SUFFIX = ".lab.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Set<String> TOP_KEYS = Set.of("module", "items", "examples");
    private static final Set<String> ITEM_KEYS = Set.of("step", "item", "text", "validator", "self-attested", "source");
    private static final Set<String> EXAMPLE_KEYS = Set.of("name", "lab", "expect");

    private LabDefinitions() {
    }

    /** The lab file of a module: next to its page, {@code .md} replaced by {@code .lab.yaml}. */
    public static Path fileFor(Path contentRoot, CourseModule module) {
        return contentRoot.resolve(module.path().replaceFirst("\\.mdx?$", "") + SUFFIX);
    }

    /** Loads a lab file; {@code displayPath} is how problems name it. */
    public static LabDefinition load(Path file, String displayPath) throws LabDefinitionException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabDefinitionException(new Problem(displayPath, 0, "cannot read the lab file: " + e.getMessage()));
        }
        return parse(text, displayPath);
    }

    public static LabDefinition parse(String yaml, String displayPath) throws LabDefinitionException {
        Reader reader = new Reader(displayPath);
        Node root;
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw reader.fail(1, "the lab file is empty");
            }
            root = LocatedYaml.read(parser);
        } catch (LocatedYaml.DuplicateKey e) {
            throw reader.fail(e.line(), e.getMessage());
        } catch (JacksonException e) {
            throw reader.fail(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage());
        }
        return reader.definition(root);
    }

    /** Reads one file; remembers its name for the problems. */
    private static final class Reader {

        private final String path;

        Reader(String path) {
            this.path = path;
        }

        LabDefinitionException fail(int line, String message) {
            return new LabDefinitionException(new Problem(path, line, message));
        }

        LabDefinition definition(Node root) throws LabDefinitionException {
            MapNode top = map(root, "the lab file", TOP_KEYS);
            String module = text(top, "module", "the lab file");
            Entry itemsEntry = required(top, "items", "the lab file");
            List<ItemBinding> items = new ArrayList<>();
            for (Node node : list(itemsEntry.value(), "items").items()) {
                ItemBinding binding = binding(node);
                if (items.stream().anyMatch(b -> b.step().equals(binding.step()) && b.item() == binding.item())) {
                    throw fail(binding.line(), "step " + binding.step() + " item " + binding.item()
                            + " is bound twice");
                }
                items.add(binding);
            }
            List<Example> examples = new ArrayList<>();
            Entry examplesEntry = top.entries().get("examples");
            if (examplesEntry != null) {
                for (Node node : list(examplesEntry.value(), "examples").items()) {
                    examples.add(example(node));
                }
            }
            return new LabDefinition(path, module, itemsEntry.line(), items, examples);
        }

        private ItemBinding binding(Node node) throws LabDefinitionException {
            MapNode map = map(node, "an item", ITEM_KEYS);
            String step = step(text(map, "step", "an item"), map.entries().get("step").line());
            int item = positive(map, "item");
            String text = text(map, "text", "an item");
            Entry validator = map.entries().get("validator");
            Entry self = map.entries().get("self-attested");
            if ((validator == null) == (self == null)) {
                throw fail(map.line(), "step " + step + " item " + item + " needs exactly one of 'validator' and"
                        + " 'self-attested: true'");
            }
            Optional<String> name = Optional.empty();
            if (validator != null) {
                String value = scalar(validator, "validator");
                if (Validators.named(value).isEmpty()) {
                    throw fail(validator.line(), "unknown validator '" + value + "' (known: "
                            + String.join(", ", Validators.names()) + ")");
                }
                name = Optional.of(value);
            } else if (!"true".equals(scalar(self, "self-attested"))) {
                throw fail(self.line(), "self-attested must be true (or use a validator)");
            }
            Entry source = map.entries().get("source");
            String sourceText = source != null ? scalar(source, "source")
                    : name.flatMap(Validators::named).map(ItemValidator::source).orElse("");
            return new ItemBinding(map.line(), step, item, text, name, sourceText);
        }

        private Example example(Node node) throws LabDefinitionException {
            MapNode map = map(node, "an example", EXAMPLE_KEYS);
            String name = text(map, "name", "an example");
            Entry lab = required(map, "lab", "example '" + name + "'");
            LabWork work;
            try {
                work = JSON.convertValue(LocatedYaml.plain(map(lab.value(), "lab of example '" + name + "'", null)),
                        LabWork.class);
            } catch (JacksonException e) {
                throw fail(lab.line(), "example '" + name + "': the lab is not a lab document: "
                        + e.getOriginalMessage());
            }
            Entry expect = required(map, "expect", "example '" + name + "'");
            Map<String, Map<Integer, Expected>> expected = new LinkedHashMap<>();
            for (Map.Entry<String, Entry> step : map(expect.value(), "expect", null).entries().entrySet()) {
                String key = step(step.getKey(), step.getValue().line());
                Map<Integer, Expected> verdicts = new LinkedHashMap<>();
                List<Node> listed = list(step.getValue().value(), "expect." + key).items();
                for (int i = 0; i < listed.size(); i++) {
                    Node verdictNode = listed.get(i);
                    String label = verdictNode instanceof Scalar scalar ? scalar.text() : null;
                    Verdict verdict = Verdict.fromLabel(label).orElseThrow(() -> fail(verdictNode.line(),
                            "'" + label + "' is not a verdict (pass, needs-attention, fail, self-attested)"));
                    verdicts.put(i + 1, new Expected(verdictNode.line(), verdict));
                }
                expected.put(key, verdicts);
            }
            return new Example(map.line(), name, work, expected);
        }

        private String step(String value, int line) throws LabDefinitionException {
            if (!value.equals(LabDefinition.SUCCESS) && !value.matches("[1-9][0-9]?")) {
                throw fail(line, "step '" + value + "' is neither a step number nor 'success'");
            }
            return value;
        }

        private int positive(MapNode map, String key) throws LabDefinitionException {
            String value = text(map, key, "an item");
            if (!value.matches("[1-9][0-9]{0,2}")) {
                throw fail(map.entries().get(key).line(), key + " must be a positive number, not '" + value + "'");
            }
            return Integer.parseInt(value);
        }

        private MapNode map(Node node, String what, Set<String> allowed) throws LabDefinitionException {
            if (!(node instanceof MapNode map)) {
                throw fail(node.line(), what + " must be a mapping");
            }
            if (allowed != null) {
                for (Map.Entry<String, Entry> entry : map.entries().entrySet()) {
                    if (!allowed.contains(entry.getKey())) {
                        throw fail(entry.getValue().line(), "unknown key '" + entry.getKey() + "' in " + what
                                + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
                    }
                }
            }
            return map;
        }

        private ListNode list(Node node, String what) throws LabDefinitionException {
            if (!(node instanceof ListNode list)) {
                throw fail(node.line(), what + " must be a list");
            }
            return list;
        }

        private Entry required(MapNode map, String key, String what) throws LabDefinitionException {
            Entry entry = map.entries().get(key);
            if (entry == null) {
                throw fail(map.line(), what + " needs '" + key + "'");
            }
            return entry;
        }

        private String text(MapNode map, String key, String what) throws LabDefinitionException {
            return scalar(required(map, key, what), key);
        }

        private String scalar(Entry entry, String key) throws LabDefinitionException {
            if (!(entry.value() instanceof Scalar scalar) || scalar.text() == null || scalar.text().isBlank()) {
                throw fail(entry.line(), "'" + key + "' needs a value");
            }
            return scalar.text();
        }
    }
}
