package no.medvirk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The fingerprint that caches of the published courses (the bank's "Brukt i kurs") compare to know they are old. */
@SpringBootTest
class PublishedFingerprintTest {

    @TempDir
    Path courses;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CourseCatalog catalog;

    @Test
    void the_fingerprint_changes_with_a_new_version_and_with_publishing_and_nothing_else() throws IOException {
        var importer = new CourseImporter(courses, jdbc, Clock.systemUTC(), Optional.empty(), new LessonHtml(),
                new CourseMedia(jdbc));
        String id = "fingeravtrykk-" + Long.toString(System.nanoTime(), 36);
        write(id + "/course.yaml", TestCourses.courseYaml(id, "Fingeravtrykk", "[{lesson: a.md}]"));
        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\n---\nFørste versjon.\n");
        String before = catalog.publishedFingerprint();

        importer.importFolder(id);
        String imported = catalog.publishedFingerprint();
        importer.importFolder(id);
        String unchanged = catalog.publishedFingerprint();
        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\n---\nAndre versjon.\n");
        importer.importFolder(id);
        String secondVersion = catalog.publishedFingerprint();
        catalog.setPublished(id, false);
        String unpublished = catalog.publishedFingerprint();
        catalog.setPublished(id, true);

        assertThat(imported).isNotEqualTo(before);
        assertThat(unchanged).isEqualTo(imported);
        assertThat(secondVersion).isNotEqualTo(imported);
        assertThat(unpublished).isNotEqualTo(secondVersion);
        assertThat(catalog.publishedFingerprint()).isEqualTo(secondVersion);
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(courses.resolve(path).getParent());
        Files.writeString(courses.resolve(path), text);
    }
}
