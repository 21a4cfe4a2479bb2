package dev.praxis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature packages ({@code dev.praxis.<feature>} with everything below it) depend on each other in one direction only,
 * so each can be read, tested and changed knowing only what is beneath it.
 */
class CycleTests {

    private static final String ROOT = "dev.praxis.";
    /** The fenced block after ARCHITECTURE.md's "Dependencies point one way". */
    private static final Pattern GRAPH = Pattern.compile("Dependencies point one way.*?```\\n(.*?)```", Pattern.DOTALL);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.all();
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dev.praxis.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /** The shared platform underneath every feature knows none of them: security lives with accounts. */
    @Test
    void systemImportsNoFeature() {
        noClasses().that().resideInAPackage("dev.praxis.system..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.praxis.account..", "dev.praxis.agent..",
                        "dev.praxis.content..", "dev.praxis.instructor..", "dev.praxis.inventory..", "dev.praxis.lab..",
                        "dev.praxis.lesson..", "dev.praxis.progress..", "dev.praxis.quiz..", "dev.praxis.text..")
                .check(classes);
    }

    /** The map of ARCHITECTURE.md says what each package imports of the others, no more and no less. */
    @Test
    void dependenciesAreTheOnesArchitectureMdDraws() throws IOException {
        Matcher graph = GRAPH.matcher(Files.readString(Path.of("ARCHITECTURE.md")));
        assertThat(graph.find()).as("the dependency graph in ARCHITECTURE.md").isTrue();
        Map<String, Set<String>> drawn = new TreeMap<>();
        for (String line : graph.group(1).strip().split("\n")) {
            String[] sides = line.split("→");
            assertThat(sides).as(line).hasSize(2);
            Set<String> targets = sides[1].strip().equals("nothing") ? Set.of() : new TreeSet<>(names(sides[1]));
            names(sides[0]).forEach(source -> drawn.put(source, targets));
        }
        List<String> nodes = drawn.values().stream().flatMap(Set::stream)
                .collect(() -> new TreeSet<>(drawn.keySet()), Set::add, Set::addAll).stream()
                .sorted(Comparator.comparing(String::length).reversed()).toList();

        Map<String, Set<String>> imported = new TreeMap<>();
        for (JavaClass source : classes) {
            Optional<String> from = node(source, nodes);
            if (from.isEmpty()) {
                continue;
            }
            Set<String> targets = imported.computeIfAbsent(from.get(), name -> new TreeSet<>());
            for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                node(dependency.getTargetClass().getBaseComponentType(), nodes)
                        .filter(to -> !to.equals(from.get())).ifPresent(targets::add);
            }
        }
        drawn.keySet().forEach(node -> imported.putIfAbsent(node, Set.of()));
        assertThat(imported).as("what each package imports (ARCHITECTURE.md draws the expected side)")
                .isEqualTo(drawn);
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    /** The longest drawn package that is the class's own package or holds it. */
    private static Optional<String> node(JavaClass type, List<String> nodes) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return Optional.empty();
        }
        String name = pkg.substring(ROOT.length());
        return nodes.stream().filter(node -> name.equals(node) || name.startsWith(node + ".")).findFirst();
    }
}
