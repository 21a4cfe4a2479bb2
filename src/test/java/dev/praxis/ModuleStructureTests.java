package dev.praxis;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each feature package is a module: others may use its top-level package and the sub-packages it names as open. */
class ModuleStructureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PraxisApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
