package no.medvirk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.medvirk.support.Uploads.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upload on the course administration page, driven through the Upload component's own handler as the browser's
 * request would. Only uploads that change nothing are sent here: the application's courses/ is the repository's.
 */
class CourseUploadSectionTest extends KaribuViewTest {

    @BeforeEach
    void onTheCoursesPage() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin");
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void the_upload_is_offered_in_bokmal_and_accepts_one_zip() {
        var upload = _get(Upload.class);

        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getAcceptedFileTypes()).contains(".zip");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Velg zip-fil …");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Pakk kursmappen (med course.yaml) i en zip-fil, høyst 50 MB."));
    }

    @Test
    void an_invalid_course_shows_its_problems_and_changes_nothing() throws IOException {
        List<String> before = coursesTree();

        send("eksempelkurs.zip", zip("course.yaml", "id: eksempelkurs\ntitel: feil\n"));

        assertThat(_get(H3.class).getText()).isEqualTo("Kurset «eksempelkurs» har feil");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("eksempelkurs/course.yaml:2: Ukjent nøkkel «titel». Tillatt her: audiences, authors, "
                        + "certificate, competence, estimatedMinutes, id, levels, licence, modules, objectives, "
                        + "sources, summary, title.");
        assertThat(coursesTree()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_with_a_message() throws IOException {
        List<String> before = coursesTree();

        send("kurs.zip", "ikke en zip".getBytes(StandardCharsets.UTF_8));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(
                "Kurset er ikke lastet opp, og ingenting er endret.",
                "Filen er ikke en zip-fil. Pakk kursmappen i en .zip-fil og prøv igjen.");
        assertThat(coursesTree()).isEqualTo(before);
    }

    private static byte[] zip(String name, String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static List<String> coursesTree() throws IOException {
        Path courses = Path.of("courses");
        try (Stream<Path> files = Files.walk(courses)) {
            return files.map(p -> p + ":" + p.toFile().length()).sorted().toList();
        }
    }
}
