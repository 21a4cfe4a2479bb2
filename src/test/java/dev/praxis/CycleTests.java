package dev.praxis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature packages ({@code dev.praxis.<feature>} with everything below it) depend on each other in one direction only,
 * so each can be read, tested and changed knowing only what is beneath it.
 */
class CycleTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.praxis");
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
}
