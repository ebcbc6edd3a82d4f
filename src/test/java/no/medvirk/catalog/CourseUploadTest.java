package no.medvirk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.medvirk.catalog.CourseImportResult.Outcome;
import no.medvirk.shared.Language;
import no.medvirk.shared.MedvirkI18NProvider;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploading a course folder as a zip: a valid course replaces its folder and becomes a new version; every kind of
 * bad zip is refused with a message in both languages, and then courses/ and the database are as they were.
 */
@SpringBootTest
class CourseUploadTest {

    static final long MB = 1024 * 1024;

    @TempDir
    Path courses;

    @TempDir
    Path uploads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CourseMedia media;

    CourseImporter importer;
    CourseUpload upload;
    String id;

    @BeforeEach
    void aCoursesFolderWithSharedPieces() throws IOException {
        importer = new CourseImporter(courses, jdbc, Clock.systemUTC(), java.util.Optional.empty(), new LessonHtml(),
                media);
        upload = upload(50 * MB, 100 * MB);
        id = "opplastet-" + Long.toString(System.nanoTime(), 36);
        Files.createDirectories(courses.resolve("shared/lessons"));
        Files.writeString(courses.resolve("shared/lessons/felles.md"),
                "---\ntitle: Felles\ntitleEn: Shared\nminutes: 1\n---\nFelles tekst.\n");
    }

    CourseUpload upload(long maxBytes, long maxUnpackedBytes) {
        return new CourseUpload(courses, importer, maxBytes, 500, maxUnpackedBytes, 100);
    }

    Map<String, byte[]> course(String courseId, String lessonBody) {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("course.yaml", TestCourses.courseYaml(courseId, "Opplastet kurs",
                "[{lesson: lessons/a.md}, {lesson: shared/lessons/felles.md}]").getBytes(StandardCharsets.UTF_8));
        files.put("lessons/a.md", ("---\ntitle: A\ntitleEn: A\nminutes: 2\n---\n" + lessonBody + "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("lessons/media/bilde.png", ("bilde " + courseId).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    Path zip(String prefix, Map<String, byte[]> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(prefix + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return write(bytes.toByteArray());
    }

    Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(uploads, "upload", ".zip");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void a_valid_course_at_the_zip_root_becomes_version_1_and_its_folder() throws IOException {
        var result = upload.upload(zip("", course(id, "![Et bilde](media/bilde.png)")));

        assertThat(result).isInstanceOfSatisfying(CourseUpload.Imported.class, imported -> assertThat(
                imported.result()).extracting(CourseImportResult::outcome, CourseImportResult::version)
                .containsExactly(Outcome.NEW_VERSION, 1));
        assertThat(courses.resolve(id + "/lessons/media/bilde.png")).hasContent("bilde " + id);
        assertThat(versions()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from course_version_media v join course c on "
                + "c.current_version = v.version_id where c.id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(hiddenFolders()).isEmpty();
    }

    @Test
    void a_course_in_one_top_folder_replaces_the_old_folder_and_becomes_a_new_version() throws IOException {
        var first = course(id, "Første versjon.");
        first.put("lessons/gammel.md", "utgått".getBytes(StandardCharsets.UTF_8));
        upload.upload(zip("", first));

        var result = upload.upload(zip("hva-som-helst/", course(id, "Andre versjon.")));

        assertThat(result).isInstanceOfSatisfying(CourseUpload.Imported.class, imported -> assertThat(
                imported.result()).extracting(CourseImportResult::outcome, CourseImportResult::version)
                .containsExactly(Outcome.NEW_VERSION, 2));
        assertThat(courses.resolve(id + "/lessons/a.md")).content().contains("Andre versjon.");
        assertThat(courses.resolve(id + "/lessons/gammel.md")).doesNotExist();
        assertThat(courses.resolve("hva-som-helst")).doesNotExist();
        assertThat(hiddenFolders()).isEmpty();
    }

    @Test
    void an_invalid_course_lists_its_problems_with_file_and_line_and_keeps_the_published_version()
            throws IOException {
        upload.upload(zip("", course(id, "Første versjon.")));
        var before = tree();

        var result = upload.upload(zip("", course(id, "Tekst.\n\n![](media/bilde.png)")));

        assertThat(result).isInstanceOfSatisfying(CourseUpload.Invalid.class, invalid -> {
            assertThat(invalid.courseId()).isEqualTo(id);
            assertThat(invalid.problems()).map(Object::toString)
                    .containsExactly(id + "/lessons/a.md:8: Bildet mangler alternativ tekst. Skriv en kort "
                            + "beskrivelse i hakeparentesene: ![Beskrivelse](media/bilde.png).");
        });
        assertThat(tree()).isEqualTo(before);
        assertThat(courses.resolve(id + "/lessons/a.md")).content().contains("Første versjon.");
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void a_course_that_uses_a_shared_piece_that_is_not_there_is_invalid() throws IOException {
        var files = course(id, "Tekst.");
        files.put("course.yaml", new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replace("shared/lessons/felles.md", "shared/lessons/finnes-ikke.md").getBytes(StandardCharsets.UTF_8));

        assertThat(upload.upload(zip("", files))).isInstanceOfSatisfying(CourseUpload.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().hasToString(id + "/course.yaml:14: Finner "
                        + "ikke filen «shared/lessons/finnes-ikke.md». Sjekk navnet og at filen ligger der stien sier."));
        assertThat(courses.resolve(id)).doesNotExist();
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused() throws IOException {
        assertRefused(write("dette er ikke en zip".getBytes(StandardCharsets.UTF_8)), "course-upload.not-zip");
    }

    @Test
    void a_zip_without_course_yaml_is_refused() throws IOException {
        assertRefused(zip("", Map.of("lessons/a.md", new byte[] {1})), "course-upload.no-course-yaml");
        assertRefused(zip("", Map.of("a/course.yaml", new byte[] {1}, "b/course.yaml", new byte[] {1})),
                "course-upload.no-course-yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../utenfor.txt", "lessons/../../utenfor.txt", "/etc/utenfor.txt",
            "lessons\\..\\..\\utenfor.txt", "C:/utenfor.txt", "c:utenfor.txt"})
    void an_entry_that_would_land_outside_the_folder_is_refused(String name) throws IOException {
        var files = course(id, "Tekst.");
        files.put(name, "ond".getBytes(StandardCharsets.UTF_8));

        assertRefused(zip("", files), "course-upload.unsafe-entry");
        assertThat(courses.resolveSibling("utenfor.txt")).doesNotExist();
        assertThat(courses.resolve("utenfor.txt")).doesNotExist();
    }

    @Test
    void a_symbolic_link_is_refused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipArchiveOutputStream(bytes)) {
            for (var file : course(id, "Tekst.").entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeArchiveEntry();
            }
            var link = new ZipArchiveEntry("lessons/media/lenke.png");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }

        assertRefused(write(bytes.toByteArray()), "course-upload.symlink");
    }

    @Test
    void a_zip_bomb_is_refused_by_the_bytes_it_inflates_to() throws IOException {
        var files = course(id, "Tekst.");
        files.put("lessons/media/null.png", new byte[20 * (int) MB]);

        assertRefused(zip("", files), "course-upload.bomb");
    }

    @Test
    void too_many_entries_are_refused() throws IOException {
        var files = course(id, "Tekst.");
        for (int i = 0; i < 500; i++) {
            files.put("lessons/media/" + i + ".png", new byte[] {1});
        }

        assertRefused(zip("", files), "course-upload.too-many-entries");
    }

    @Test
    void more_unpacked_bytes_than_allowed_are_refused() throws IOException {
        upload = upload(50 * MB, 10_000);
        var files = course(id, "Tekst.");
        var noise = new byte[20_000];
        new Random(1).nextBytes(noise);
        files.put("lessons/media/stoy.png", noise);

        assertRefused(zip("", files), "course-upload.too-large-unpacked");
    }

    @Test
    void a_zip_larger_than_the_upload_limit_is_refused() throws IOException {
        upload = upload(100, 100 * MB);

        assertRefused(zip("", course(id, "Tekst.")), "course-upload.too-big");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared", "schema", "competence"})
    void a_course_id_that_names_a_reserved_folder_is_refused(String reserved) throws IOException {
        assertRefused(zip("", course(reserved, "Tekst.")), "course-upload.reserved-id");
        assertThat(courses.resolve("shared/lessons/felles.md")).exists();
    }

    private void assertRefused(Path zip, String messageKey) throws IOException {
        var before = tree();

        var result = upload.upload(zip);

        assertThat(result).isInstanceOfSatisfying(CourseUpload.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
        for (Language language : Language.values()) {
            assertThat(MedvirkI18NProvider.bundle(language).containsKey(messageKey)).as(language.code()).isTrue();
        }
        assertThat(tree()).as("courses/ is as it was").isEqualTo(before);
        assertThat(versions()).isZero();
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> files = Files.walk(courses)) {
            return files.map(p -> courses.relativize(p).toString()).sorted().toList();
        }
    }

    private List<Path> hiddenFolders() throws IOException {
        try (Stream<Path> files = Files.list(courses)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from course_version where course_id = ?", Integer.class, id);
    }
}
