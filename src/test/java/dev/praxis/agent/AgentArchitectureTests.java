package dev.praxis.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.praxis.MainClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent jar holds only the agent and the shared inventory core, so they may use the JDK, OSHI (with JNA and
 * SLF4J), Jackson and picocli (its command line), and nothing of Spring or of the platform's other features.
 */
class AgentArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // package-info carries only the @NamedInterface that ModuleStructureTests reads; the JVM ignores an annotation
        // whose class the agent jar lacks, so it is no dependency of the agent
        classes = MainClasses.all().that(DescribedPredicate.not(JavaClass.Predicates.simpleName("package-info")));
    }

    @Test
    void agentAndInventoryCoreDoNotUseSpring() {
        noClasses().that().resideInAnyPackage("dev.praxis.agent..", "dev.praxis.inventory.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void agentAndInventoryCoreUseOnlyTheJdkOshiJacksonAndEachOther() {
        classes().that().resideInAnyPackage("dev.praxis.agent..", "dev.praxis.inventory.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "oshi..",
                        "tools.jackson..", "com.fasterxml.jackson.annotation..", "picocli..", "dev.praxis.agent..",
                        "dev.praxis.inventory.core..")
                .check(classes);
    }

    @Test
    void inventoryCoreIsPureOfTheAgentAndOfOshi() {
        noClasses().that().resideInAPackage("dev.praxis.inventory.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.praxis.agent..", "oshi..", "java.net.http..")
                .check(classes);
    }
}
