package no.medvirk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import no.medvirk.catalog.CourseImportResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing course folders: a version per content change, nothing for an unchanged or a broken course. */
@SpringBootTest
class CourseImporterTest {

    @TempDir
    Path courses;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CompetenceItemIds competenceItemIds;

    CourseImporter importer;
    String id;

    @BeforeEach
    void aCourseFolder() throws IOException {
        importer = new CourseImporter(courses, jdbc, Clock.systemUTC(), Optional.empty(), new LessonHtml(),
                new CourseMedia(jdbc));
        id = "import-" + Long.toString(System.nanoTime(), 36);
        write(id + "/course.yaml", TestCourses.courseYaml(id, "Importkurs", "[{lesson: a.md}]"));
        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\n---\nFørste versjon.\n");
    }

    void write(String path, String text) throws IOException {
        Files.createDirectories(courses.resolve(path).getParent());
        Files.writeString(courses.resolve(path), text);
    }

    @Test
    void the_first_import_publishes_version_1_and_importing_again_changes_nothing() {
        assertThat(importer.importFolder(id)).extracting(CourseImportResult::outcome, CourseImportResult::version)
                .containsExactly(Outcome.NEW_VERSION, 1);
        assertThat(importer.importFolder(id)).extracting(CourseImportResult::outcome, CourseImportResult::version)
                .containsExactly(Outcome.UNCHANGED, 1);
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void a_changed_lesson_makes_a_new_version_and_a_broken_course_keeps_the_last_good_one() throws IOException {
        importer.importFolder(id);
        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\n---\nAndre versjon.\n");

        assertThat(importer.importFolder(id).version()).isEqualTo(2);

        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\n---\n![](mangler.png)\n");
        var broken = importer.importFolder(id);

        assertThat(broken.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(broken.problems()).isNotEmpty();
        assertThat(versions()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select v.number from course c join course_version v on v.id = c.current_version "
                + "where c.id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(importer.lastImport()).anyMatch(r -> r.folder().equals(id) && r.outcome() == Outcome.INVALID);
    }

    @Test
    void a_course_naming_an_unknown_competence_id_is_rejected_with_file_and_line() throws IOException {
        var checked = new CourseImporter(courses, jdbc, Clock.systemUTC(), Optional.of(competenceItemIds),
                new LessonHtml(), new CourseMedia(jdbc));
        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\ncompetence: [rep-tre-nivaer, finnes-ikke]\n---\n"
                + "Tekst.\n");

        var result = checked.importFolder(id);

        assertThat(result.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(result.problems()).extracting(Object::toString).containsExactly(id + "/a.md:5: Ukjent "
                + "kompetanse-id «finnes-ikke». Bruk en id fra et kompetanserammeverk i courses/competence/, for "
                + "eksempel «rep-tre-nivaer».");
        assertThat(versions()).isZero();

        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\ncompetence: [rep-tre-nivaer]\n---\nTekst.\n");
        assertThat(checked.importFolder(id).outcome()).isEqualTo(Outcome.NEW_VERSION);
    }

    @Test
    void reloading_every_course_reads_the_frameworks_first_so_a_new_item_id_and_its_course_publish_together()
            throws IOException {
        var frameworksRead = new java.util.concurrent.atomic.AtomicBoolean();
        CompetenceItemIds frameworks = new CompetenceItemIds() {
            @Override
            public java.util.Set<String> known() {
                return frameworksRead.get() ? java.util.Set.of("ny-id") : java.util.Set.of();
            }

            @Override
            public void reload() {
                frameworksRead.set(true);
            }
        };
        var reloading = new CourseImporter(courses, jdbc, Clock.systemUTC(), Optional.of(frameworks),
                new LessonHtml(), new CourseMedia(jdbc));
        write(id + "/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\ncompetence: [ny-id]\n---\nTekst.\n");

        assertThat(reloading.importAll()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.NEW_VERSION));
    }

    @Test
    void the_repository_sample_course_is_imported_on_start_after_the_frameworks_its_competence_ids_name() {
        assertThat(jdbc.queryForObject("select count(*) from course_version where course_id = 'eksempelkurs'",
                Integer.class)).isEqualTo(1);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from course_version where course_id = ?", Integer.class, id);
    }
}
