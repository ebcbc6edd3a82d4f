package no.medvirk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and docs/modules shows them as they are. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(MedvirkApplication.class);

    @Test
    void modules_depend_on_each_other_only_through_their_public_api_and_without_cycles() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_documentation_into_docs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
