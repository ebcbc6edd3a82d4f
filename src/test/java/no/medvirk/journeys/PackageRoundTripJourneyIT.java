package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.export.CoursePackages;
import no.medvirk.catalog.export.PackageFormat;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.People;
import no.medvirk.packages.PackageUpload;
import no.medvirk.packages.PackageVersion;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import no.medvirk.xapi.XapiHttp;
import no.medvirk.xapi.XapiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The whole round trip of issue 8: the sample course exported as a SCORM 2004 package, imported into Medvirk as any
 * other package, and taken by deltaker in Medvirk's own player. She goes through every part with the keyboard inside
 * the player's frame, answers the quiz right and exits; the player says the progress is saved, the attempt is
 * completed and passed, and /xapi/statements has her completed and passed with the score.
 */
class PackageRoundTripJourneyIT extends BrowserTest {

    @Autowired
    CoursePackages export;

    @Autowired
    PackageUpload upload;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void deltaker_takes_the_sample_course_exported_as_scorm_2004_in_medvirks_player() throws Exception {
        PackageVersion version = imported(PackageFormat.SCORM_2004);
        List<CourseSource.Item> items = items();

        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");
        AppPage player = open("/pakke/" + version.packageId().value());
        assertThat(player.heading()).isEqualTo(version.title());
        enterPackage();
        var course = new ExportedCoursePages(driver);
        course.waitUntilShown();
        assertThat(course.text("#course-notice")).as("the exported page found Medvirk's API_1484_11").isEmpty();
        course.goThrough(items, 0);
        assertThat(course.text("#course-progress")).contains("Kurset er fullført og bestått.");
        screenshot("round-trip-scorm-passed");
        course.exit();
        driver.switchTo().defaultContent();
        // The player speaks up only when a commit did not get through (and again once it has): here every one did.
        assertThat(driver.findElement(By.id("package-save-status")).getText()).isIn("", "Fremdriften er lagret.");
        leavePlayer();

        UUID attempt = jdbc.queryForObject("""
                select a.id from package_attempt a join person p on p.id = a.person_id
                where p.username = 'deltaker' and a.package_version_id = ?""", UUID.class, version.id().value());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from package_sco_state where attempt_id = ?
                and completion_status = 'completed' and success_status = 'passed')""", Boolean.class, attempt)));

        UUID registration = jdbc.queryForObject("select registration from package_attempt where id = ?", UUID.class,
                attempt);
        String learner = people.findByUsername("deltaker").orElseThrow().id().toString();
        List<JsonNode> statements = statements("registration=" + registration);
        assertThat(statements).allSatisfy(s -> assertThat(s.path("actor").path("account").path("name").asString())
                .isEqualTo(learner));
        assertThat(statements).extracting(s -> verb(s))
                .containsSubsequence("initialized", "completed", "passed", "terminated");
        JsonNode passed = statements.stream().filter(s -> verb(s).equals("passed")).findFirst().orElseThrow();
        assertThat(passed.path("object").path("id").asString()).contains("/xapi/activities/packages/");
        assertThat(passed.path("result").path("success").asBoolean()).isTrue();
        assertThat(passed.path("result").path("score").path("scaled").asDouble()).isEqualTo(1.0);
        assertThat(passed.path("result").path("score").path("raw").asInt()).isEqualTo(6);
    }

    @Test
    void deltaker_takes_the_sample_course_exported_as_cmi5_through_medvirks_launch_page_and_lrs() throws Exception {
        PackageVersion version = imported(PackageFormat.CMI5);
        List<CourseSource.Item> items = items();
        String learner = people.findByUsername("deltaker").orElseThrow().id().toString();

        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");
        AppPage page = open("/cmi5/" + version.packageId());
        assertThat(page.heading()).isEqualTo(version.title());
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> cmi5Status().equals("Ikke fullført"));
        page.press(driver.findElement(By.xpath("//vaadin-button[contains(., 'Åpne')]")), Keys.ENTER);
        WebElement frame = wait.until(d -> {
            WebElement f = d.findElement(By.cssSelector("iframe.cmi5-frame"));
            String src = f.getDomAttribute("src");
            return f.isDisplayed() && src != null && src.contains("/pakkeinnhold/") ? f : null;
        });
        driver.switchTo().frame(frame);
        var course = new ExportedCoursePages(driver);
        course.waitUntilShown();
        assertThat(course.text("#course-notice")).as("the exported page got its token and launch data").isEmpty();
        course.goThrough(items, 0);
        assertThat(course.text("#course-progress")).contains("Kurset er fullført og bestått.");
        screenshot("round-trip-cmi5-passed");
        course.pressExit();
        driver.switchTo().defaultContent();

        // The AU goes to its returnURL, and the launch page loads again with what the LRS has.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> cmi5Status().equals("Bestått"));
        assertThat(driver.findElement(By.cssSelector(".cmi5-course-satisfied")).getText())
                .isEqualTo("Du har fullført kurset.");
        assertThat(page.path()).isEqualTo("/cmi5/" + version.packageId());

        String agent = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://localhost:0\",\"name\":\""
                + learner + "\"}}";
        String registration = statements("agent=" + encode(agent) + "&verb=http://adlnet.gov/expapi/verbs/launched")
                .stream().filter(s -> s.path("object").path("id").asString().contains("/packages/" + version.packageId()))
                .map(s -> s.path("context").path("registration").asString()).findFirst().orElseThrow();
        List<JsonNode> statements = statements("registration=" + registration);
        assertThat(statements).extracting(s -> verb(s)).containsSubsequence("launched", "initialized", "completed",
                "passed", "terminated");
        assertThat(statements).extracting(s -> verb(s)).contains("satisfied");
        JsonNode passed = statements.stream().filter(s -> verb(s).equals("passed")).findFirst().orElseThrow();
        assertThat(passed.path("actor").path("account").path("name").asString()).isEqualTo(learner);
        assertThat(passed.path("result").path("success").asBoolean()).isTrue();
        assertThat(passed.path("result").path("score").path("scaled").asDouble()).isEqualTo(1.0);
        assertThat(passed.path("result").path("score").path("raw").asInt()).isEqualTo(6);
    }

    private String cmi5Status() {
        return driver.findElement(By.cssSelector(".cmi5-au-status")).getText();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private PackageVersion imported(PackageFormat format) throws Exception {
        var exported = export.export("eksempelkurs", format).orElseThrow();
        Path zip = Files.write(folder.resolve(exported.fileName()), exported.zip());
        var result = upload.upload(zip);
        assertThat(result).isInstanceOf(PackageUpload.Imported.class);
        return ((PackageUpload.Imported) result).version();
    }

    /** The player's own Exit: it ends the session in the browser and goes back to the learner's start page. */
    private void leavePlayer() {
        driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Avslutt og lagre")).findFirst().orElseThrow().click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/pakke/"));
        new AppPage(driver).waitForVaadin();
    }

    /** Into the player's frame once the package's page is in it. */
    private void enterPackage() {
        WebElement frame = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            WebElement f = d.findElement(By.cssSelector("iframe.package-frame"));
            String src = f.getDomAttribute("src");
            return src != null && src.contains("/pakkeinnhold/") ? f : null;
        });
        driver.switchTo().frame(frame);
    }

    private List<CourseSource.Item> items() {
        return catalog.latestVersion("eksempelkurs").orElseThrow().course().modules().stream()
                .flatMap(m -> m.items().stream()).toList();
    }

    private static String verb(JsonNode statement) {
        String id = statement.path("verb").path("id").asString();
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** What /xapi/statements answers the demo LRS client, oldest first. */
    private List<JsonNode> statements(String parameters) {
        var response = new XapiHttp(port).get("/xapi/statements?ascending=true&limit=100&" + parameters);
        assertThat(response.statusCode()).isEqualTo(200);
        var list = new ArrayList<JsonNode>();
        XapiJson.parse(response.body()).path("statements").forEach(list::add);
        return list;
    }
}
