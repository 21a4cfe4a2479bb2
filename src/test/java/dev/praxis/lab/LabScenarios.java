package dev.praxis.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The labelled learner scenarios of {@code src/test/resources/lab/scenarios} (format in its README): each resolved
 * against its base, with the machine's text read from the fixtures.
 */
final class LabScenarios {

    /** The scenarios the validators were tuned on. */
    static final Path FOLDER = Path.of("src/test/resources/lab/scenarios");
    /** Scenarios written and labelled after the tuning, never used to change a validator: the honest measure. */
    static final Path HELD_OUT = Path.of("src/test/resources/lab/scenarios-held-out");
    /** Learners of the Ukrainian module, labelled by the same rules (see its README). */
    static final Path UKRAINIAN = Path.of("src/test/resources/lab/scenarios-uk");
    private static final List<Path> MACHINE_FOLDERS = List.of(Path.of("src/test/resources/inventory/fixtures"),
            Path.of("src/test/resources/lab/machines"), Path.of("src/test/resources/lab"));
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String SEPARATOR = " — ";

    private LabScenarios() {
    }

    /** What a careful reader expects for one checklist item, and why. */
    record Label(String verdict, String why) {
    }

    /**
     * One learner.
     *
     * @param lab    the validate-lab document, inventory text included (absent without a machine)
     * @param expect item key ({@code 4.2}, {@code s.3}) to label, in file order
     */
    record Scenario(String file, String name, String machine, Map<String, Object> lab, Map<String, Label> expect) {
    }

    static List<Scenario> all() {
        return all(FOLDER);
    }

    /** Every scenario of one folder (bases are resolved within the folder). */
    static List<Scenario> all(Path folder) {
        Map<String, Map<String, Object>> raw = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> scenario = YAML.readValue(path.toFile(), Map.class);
                String name = (String) scenario.get("name");
                if (name == null || raw.put(name, scenario) != null) {
                    throw new IllegalStateException(path + ": a scenario needs a unique name");
                }
                files.put(name, path.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : raw.keySet()) {
            scenarios.add(resolve(name, raw, files.get(name)));
        }
        return scenarios;
    }

    /** Item key of a verdict: step and 1-based item, {@code s} for the success criteria. */
    static String key(String step, int item) {
        return ("success".equals(step) ? "s" : step) + "." + item;
    }

    @SuppressWarnings("unchecked")
    private static Scenario resolve(String name, Map<String, Map<String, Object>> raw, String file) {
        Map<String, Object> own = raw.get(name);
        String machine;
        Map<String, Object> lab;
        Map<String, Label> expect;
        String baseName = (String) own.get("base");
        if (baseName != null) {
            if (!raw.containsKey(baseName)) {
                throw new IllegalStateException(file + ": unknown base '" + baseName + "'");
            }
            Scenario base = resolve(baseName, raw, file);
            machine = base.machine();
            lab = new LinkedHashMap<>(base.lab());
            lab.remove("inventory");
            expect = new LinkedHashMap<>(base.expect());
        } else {
            machine = "none";
            lab = new LinkedHashMap<>();
            expect = new LinkedHashMap<>();
        }
        if (own.containsKey("machine")) {
            machine = (String) own.get("machine");
        }
        Map<String, Object> changes = own.get("lab") == null ? Map.of() : (Map<String, Object>) own.get("lab");
        changes.forEach((key, value) -> {
            if (value == null) {
                lab.remove(key);
            } else {
                lab.put(key, value);
            }
        });
        Map<String, Object> labels = own.get("expect") == null ? Map.of() : (Map<String, Object>) own.get("expect");
        labels.forEach((key, value) -> expect.put(key, label(file, key, String.valueOf(value))));
        if (!"none".equals(machine)) {
            lab.put("inventory", machineText(machine, file));
        }
        return new Scenario(file, name, machine, lab, expect);
    }

    private static Label label(String file, String key, String text) {
        int at = text.indexOf(SEPARATOR);
        if (at < 0) {
            throw new IllegalStateException(file + ": label of " + key + " needs 'verdict — why', not '" + text + "'");
        }
        return new Label(text.substring(0, at).strip(), text.substring(at + SEPARATOR.length()).strip());
    }

    private static String machineText(String machine, String file) {
        for (Path folder : MACHINE_FOLDERS) {
            Path path = folder.resolve(machine);
            if (Files.isRegularFile(path)) {
                try {
                    return Files.readString(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException(file + ": no machine '" + machine + "' in " + MACHINE_FOLDERS);
    }
}
