package dev.praxis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the layout the style guide promises: package by feature, only services public, pure cores without Spring. */
class ArchitectureTests {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.all();
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAnnotatedWith(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .because("a feature's data access is its own; other features call its service")
                .check(classes);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .because("web entry points are never called by other code")
                .check(classes);
    }

    @Test
    void pureCoresDoNotDependOnSpringOrTheDatabase() {
        noClasses().that().resideInAnyPackage("dev.praxis.quiz.grading..", "dev.praxis.quiz.drafting..",
                        "dev.praxis.lab.validation..", "dev.praxis.lab.claims..", "dev.praxis.inventory.core..",
                        "dev.praxis.content.importing..", "dev.praxis.content.markdown..", "dev.praxis.text..",
                        "dev.praxis.system.yaml..")
                // a package's @NamedInterface is read only by ModuleStructureTests; at run time the JVM ignores an
                // annotation whose class is absent, as in the agent jar
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("reading text, grading, validating, parsing and rendering are pure functions reused by the "
                        + "offline tools")
                .check(classes);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Path main = Path.of("src", "main", "java");
        Path test = Path.of("src", "test", "java");
        List<String> undocumented = new ArrayList<>();
        for (Path root : List.of(main, test)) {
            try (Stream<Path> folders = Files.walk(root)) {
                for (Path folder : folders.filter(Files::isDirectory).toList()) {
                    Path pkg = root.relativize(folder);
                    // a test package that shares its name with a platform package is documented there
                    if (hasJavaFiles(folder) && !Files.exists(main.resolve(pkg).resolve("package-info.java"))
                            && !Files.exists(test.resolve(pkg).resolve("package-info.java"))) {
                        undocumented.add(root.resolve(pkg).toString());
                    }
                }
            }
        }
        assertThat(undocumented).as("packages without a package-info.java saying what they own").isEmpty();
    }

    private static boolean hasJavaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".java"));
        }
    }
}
