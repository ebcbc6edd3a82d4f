package no.medvirk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and docs/modules shows them as they are. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(MedvirkApplication.class);
    static final Path GENERATED = Path.of("target/spring-modulith-docs");
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modules_depend_on_each_other_only_through_their_public_api_and_without_cycles() {
        MODULES.verify();
    }

    /**
     * Writes the module documentation into docs/modules. The Documenter lists some things in no fixed order, so a
     * file is replaced only when its lines differ as a set: the docs change when the modules do, not on every run.
     */
    @Test
    void writes_the_module_documentation_into_docs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        Files.createDirectories(DOCS);
        List<Path> generated = files(GENERATED);
        for (Path file : generated) {
            Path target = DOCS.resolve(file.getFileName());
            if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Path old : files(DOCS)) {
            if (generated.stream().noneMatch(f -> f.getFileName().equals(old.getFileName()))) {
                Files.delete(old);
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
