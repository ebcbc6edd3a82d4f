package no.medvirk.catalog.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.medvirk.competence.source.FrameworkFileReader;
import org.junit.jupiter.api.Test;

/**
 * Every course in the repository's courses/ folder is valid, its competence ids included (checked against the
 * frameworks in courses/competence/): a broken course file fails the build.
 */
class CoursesFolderTest {

    static final Path COURSES = Path.of("courses");
    static final Set<String> NOT_COURSES = Set.of("shared", "schema", "competence");

    @Test
    void every_course_folder_reads_without_problems() throws IOException {
        List<String> folders;
        try (Stream<Path> entries = Files.list(COURSES)) {
            folders = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !NOT_COURSES.contains(name)).sorted().toList();
        }
        assertThat(folders).contains("eksempelkurs");
        var frameworks = new FrameworkFileReader(COURSES).readAll();
        frameworks.forEach(f -> assertThat(f.problems()).as(f.file()).isEmpty());
        var reader = new CourseFolderReader(COURSES, Set.copyOf(FrameworkFileReader.itemIds(frameworks)));
        for (String folder : folders) {
            var result = reader.read(folder);
            assertThat(result.problems()).as(folder).isEmpty();
            assertThat(result.course()).as(folder).isNotNull();
        }
    }
}
