package no.medvirk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import no.medvirk.catalog.CourseImportResult.Outcome;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.Role;
import no.medvirk.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each version keeps the media it was imported with, served under its own id to signed-in people only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseMediaTest {

    static final String PASSWORD = "et langt passord";

    @TempDir
    Path courses;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CourseMedia media;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    CourseImporter importer;
    String id;
    HttpClient http;

    @BeforeEach
    void aCourseWithAnImage() throws IOException {
        importer = new CourseImporter(courses, jdbc, Clock.systemUTC(), java.util.Optional.empty(), new LessonHtml(),
                media);
        id = "media-" + Long.toString(System.nanoTime(), 36);
        write(id + "/course.yaml", TestCourses.courseYaml(id, "Mediekurs", "[{lesson: lessons/a.md}]"));
        write(id + "/lessons/a.md", "---\ntitle: A\ntitleEn: A\nminutes: 2\n---\n![Et bilde](media/bilde.png)\n\n"
                + "![En tegning](media/tegning.svg)\n");
        write(id + "/lessons/media/bilde.png", "første bilde " + id);
        write(id + "/lessons/media/tegning.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + id
                + "</title></svg>");
        http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void changing_only_an_image_makes_a_new_version_and_the_old_version_keeps_its_image() throws Exception {
        assertThat(importer.importFolder(id).outcome()).isEqualTo(Outcome.NEW_VERSION);
        UUID first = currentVersion();
        write(id + "/lessons/media/bilde.png", "andre bilde " + id);

        assertThat(importer.importFolder(id)).extracting(CourseImportResult::outcome, CourseImportResult::version)
                .containsExactly(Outcome.NEW_VERSION, 2);
        UUID second = currentVersion();
        signIn();

        var old = get(first, id + "/lessons/media/bilde.png");
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.body()).isEqualTo("første bilde " + id);
        assertThat(old.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(old.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("max-age=31536000", "immutable", "private").doesNotContain("no-cache", "no-store"));
        assertThat(get(second, id + "/lessons/media/bilde.png").body()).isEqualTo("andre bilde " + id);
    }

    @Test
    void a_file_that_several_versions_use_is_stored_once_and_svg_runs_nothing() throws Exception {
        importer.importFolder(id);
        UUID first = currentVersion();
        write(id + "/lessons/media/bilde.png", "andre bilde " + id);
        importer.importFolder(id);
        signIn();

        assertThat(jdbc.queryForObject("""
                select count(distinct m.sha256) from course_media m join course_version_media v on v.sha256 = m.sha256
                where v.path = ?""", Integer.class, id + "/lessons/media/tegning.svg")).isEqualTo(1);
        var svg = get(first, id + "/lessons/media/tegning.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/svg+xml"));
        assertThat(svg.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; style-src 'unsafe-inline'");
    }

    @Test
    void only_media_the_version_holds_are_served() throws Exception {
        importer.importFolder(id);
        UUID version = currentVersion();
        write(id + "/lessons/media/ny.png", "kom etter importen");
        signIn();

        assertThat(get(version, id + "/lessons/media/ny.png").statusCode()).as("not in the version").isEqualTo(404);
        assertThat(get(version, id + "/lessons/a.md").statusCode()).as("not media").isEqualTo(404);
        assertThat(get(version, id + "/course.yaml").statusCode()).as("not media").isEqualTo(404);
        assertThat(get(UUID.randomUUID(), id + "/lessons/media/bilde.png").statusCode()).as("no such version")
                .isEqualTo(404);
        assertThat(raw("/kursmedia/" + id + "/lessons/media/bilde.png").statusCode()).as("no version id")
                .isEqualTo(404);
        // Spring Security's firewall answers these with 400 before the controller sees them (its own 404 for them is
        // tested in CourseMediaControllerTest).
        assertThat(raw("/kursmedia/" + version + "/" + id + "/lessons/media/%2e%2e/media/bilde.png").statusCode())
                .as("encoded traversal").isIn(400, 404);
        assertThat(raw("/kursmedia/" + version + "/" + id + "/lessons/media/..%5Cmedia%5Cbilde.png").statusCode())
                .as("backslashes").isIn(400, 404);
        assertThat(raw("/kursmedia/" + version + "/" + id + "/lessons/media/../../../../etc/passwd.png")
                .statusCode()).as("dot-dot").isIn(400, 404);
    }

    @Test
    void media_are_for_signed_in_people_only() throws Exception {
        importer.importFolder(id);

        var anonymous = get(currentVersion(), id + "/lessons/media/bilde.png");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.body()).doesNotContain("bilde");
    }

    private UUID currentVersion() {
        return jdbc.queryForObject("select current_version from course where id = ?", UUID.class, id);
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(courses.resolve(path).getParent());
        Files.writeString(courses.resolve(path), text);
    }

    private HttpResponse<String> get(UUID version, String path) throws IOException, InterruptedException {
        return raw(LessonHtml.url(version, path));
    }

    private HttpResponse<String> raw(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn() throws IOException, InterruptedException {
        String username = "media" + System.nanoTime();
        var kommune = organisations.all().stream().filter(o -> o.name().equals("Fjordvik kommune")).findFirst()
                .orElseThrow();
        people.create(new PersonForm(username, username + "@example.no", "Test Testesen", PASSWORD, kommune.id(),
                null, Language.NB, Set.of(Role.LEARNER), Set.of()));
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
    }
}
