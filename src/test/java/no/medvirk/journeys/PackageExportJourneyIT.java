package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.export.CoursePackages;
import no.medvirk.catalog.export.PackageFiles;
import no.medvirk.catalog.export.PackageFormat;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.BrowserTest;
import no.medvirk.xapi.XapiHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exported packages played as another platform would: the SCORM 2004 package in a harness page that provides
 * API_1484_11, the cmi5 package launched against a fake LRS. A learner goes through the sample course with the
 * keyboard, leaves half-way and comes back to the bookmark, answers every quiz right, and the platform is told.
 */
class PackageExportJourneyIT extends BrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CoursePackages packages;

    @Autowired
    CourseCatalog catalog;

    @TempDir
    Path folder;

    @Test
    void a_course_administrator_downloads_both_packages_from_the_course_page() throws Exception {
        openLogin().signIn("kursadmin", "demo").waitForPath("/kursadmin");
        WebElement scorm = driver.findElement(By.cssSelector("a.package-download[data-format='scorm2004']"));
        WebElement cmi5 = driver.findElement(By.cssSelector("a.package-download[data-format='cmi5']"));

        assertThat(scorm.getDomProperty("textContent")).isEqualTo("Last ned som SCORM 2004");
        assertThat(cmi5.getDomProperty("textContent")).isEqualTo("Last ned som cmi5");
        assertThat(scorm.getDomAttribute("aria-label")).startsWith("Last ned som SCORM 2004: ");
        screenshot("course-admin-downloads");
        Accessibility.assertNoViolations(driver);

        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        for (var download : Map.of(scorm, "imsmanifest.xml", cmi5, "cmi5.xml").entrySet()) {
            WebElement link = download.getKey();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link.getDomProperty("href"))).header("Cookie", "JSESSIONID=" + cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/zip"));
            assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).contains("attachment").contains(".zip"));
            assertThat(PackageFiles.of(response.body()).entries()).containsKeys("index.html", download.getValue());
        }
    }

    @Test
    void the_scorm_package_resumes_at_its_bookmark_and_reports_a_pass_through_api_1484_11() throws Exception {
        Path unpacked = PackageFiles.of(packages.export("eksempelkurs", PackageFormat.SCORM_2004).orElseThrow().zip())
                .unpackTo(Files.createDirectories(folder.resolve("scorm")));
        List<CourseSource.Item> items = items();
        try (var platform = new PackageServer(unpacked, "{}")) {
            openHarness(platform, Map.of("cmi.mode", "normal", "cmi.entry", "ab-initio", "cmi.credit", "credit",
                    "cmi.scaled_passing_score", "0.8333"));
            assertThat(heading()).isEqualTo(title(items.get(0)));
            // axe-core checks the harness and the package in its frame, and leaves the driver on the harness.
            Accessibility.assertNoViolations(driver);
            driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
            next();
            press(button("exit"), Keys.ENTER);
            waitFor(() -> text("#course-notice").startsWith("Fremdriften er lagret"));
            driver.switchTo().defaultContent();
            Map<String, String> left = cmi();
            assertThat(calls()).first().asString().contains("Initialize");
            assertThat(calls()).last().asString().contains("Terminate");
            assertThat(left).containsEntry("cmi.location", "del-2").containsEntry("cmi.exit", "suspend")
                    .containsEntry("cmi.completion_status", "incomplete").doesNotContainKey("cmi.success_status");

            openHarness(platform, Map.of("cmi.mode", "normal", "cmi.entry", "resume", "cmi.credit", "credit",
                    "cmi.scaled_passing_score", "0.8333", "cmi.location", left.get("cmi.location"),
                    "cmi.suspend_data", left.get("cmi.suspend_data")));
            assertThat(heading()).as("back at the bookmark").isEqualTo(title(items.get(1)));
            assertThat(text("#course-progress")).startsWith("2 av " + items.size());
            goThrough(items, 1);
            assertThat(text("#course-progress")).contains("Kurset er fullført og bestått.");
            press(button("exit"), Keys.ENTER);
            waitFor(() -> text("#course-notice").startsWith("Fremdriften er lagret"));
            driver.switchTo().defaultContent();

            Map<String, String> finished = cmi();
            assertThat(finished).containsEntry("cmi.completion_status", "completed")
                    .containsEntry("cmi.success_status", "passed").containsEntry("cmi.score.scaled", "1")
                    .containsEntry("cmi.score.raw", "6").containsEntry("cmi.score.min", "0")
                    .containsEntry("cmi.score.max", "6").containsEntry("cmi.progress_measure", "1")
                    .containsEntry("cmi.exit", "normal");
            assertThat(finished.get("cmi.session_time")).matches("PT\\d+H\\d+M[\\d.]+S");
            assertThat(calls()).extracting(call -> call.get(0).asString()).contains("Commit")
                    .startsWith("Initialize").endsWith("Terminate");
        }
    }

    @Test
    void the_cmi5_package_sends_initialized_completed_passed_and_terminated_with_the_context_template()
            throws Exception {
        Path unpacked = PackageFiles.of(packages.export("eksempelkurs", PackageFormat.CMI5).orElseThrow().zip())
                .unpackTo(Files.createDirectories(folder.resolve("cmi5")));
        String session = UUID.randomUUID().toString();
        String publisherId = "https://example.org/au";
        String launchData = """
                {"contextTemplate": {"contextActivities": {"grouping": [{"id": "%s"}]},
                  "extensions": {"https://w3id.org/xapi/cmi5/context/extensions/sessionid": "%s"}},
                 "launchMode": "Normal", "moveOn": "CompletedAndPassed", "masteryScore": 0.8333,
                 "returnURL": "{platform}/tilbake"}""".formatted(publisherId, session);
        List<CourseSource.Item> items = items();
        String registration = UUID.randomUUID().toString();
        String activity = "https://lms.example.org/activities/" + UUID.randomUUID();
        try (var platform = new PackageServer(unpacked, launchData)) {
            String actor = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.org\","
                    + "\"name\":\"learner-1\"}}";
            driver.get(platform.url("/pakke/index.html?endpoint=" + encode(platform.url("/lrs/")) + "&fetch="
                    + encode(platform.url("/lrs/fetch?k=" + UUID.randomUUID())) + "&actor=" + encode(actor)
                    + "&registration=" + registration + "&activityId=" + encode(activity)));
            waitFor(() -> !driver.findElements(By.cssSelector("main > section:not([hidden]) h1")).isEmpty());
            waitFor(() -> platform.statements.size() == 1);
            screenshot("cmi5-package");
            Accessibility.assertNoViolations(driver);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(320, 640));
            screenshot("cmi5-package-phone");
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue())
                    .as("no sideways scrolling on a 320 pixel wide phone").isLessThanOrEqualTo(0L);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            goThrough(items, 0);
            press(button("exit"), Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/tilbake"));

            List<JsonNode> statements = platform.statements.stream().map(JSON::readTree)
                    .flatMap(node -> node.isArray() ? node.valueStream() : java.util.stream.Stream.of(node)).toList();
            assertThat(statements).extracting(s -> s.at("/verb/id").asString()).containsExactly(
                    "http://adlnet.gov/expapi/verbs/initialized", "http://adlnet.gov/expapi/verbs/completed",
                    "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/terminated");
            assertThat(statements).allSatisfy(s -> {
                assertThat(s.at("/object/id").asString()).isEqualTo(activity);
                assertThat(s.at("/actor/account/name").asString()).isEqualTo("learner-1");
                assertThat(s.at("/context/registration").asString()).isEqualTo(registration);
                assertThat(s.at("/context/extensions").get("https://w3id.org/xapi/cmi5/context/extensions/sessionid")
                        .asString()).isEqualTo(session);
                assertThat(s.at("/context/contextActivities/grouping/0/id").asString()).isEqualTo(publisherId);
                assertThat(s.at("/context/contextActivities/category").toString())
                        .contains("https://w3id.org/xapi/cmi5/context/categories/cmi5");
            });
            JsonNode passed = statements.get(2);
            assertThat(passed.at("/result/success").asBoolean()).isTrue();
            assertThat(passed.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
            assertThat(passed.at("/result/score/raw").asInt()).isEqualTo(6);
            assertThat(passed.at("/result/duration").asString()).startsWith("PT");
            assertThat(passed.at("/context/contextActivities/category").toString())
                    .contains("https://w3id.org/xapi/cmi5/context/categories/moveon");
            assertThat(passed.at("/context/extensions").get(
                    "https://w3id.org/xapi/cmi5/context/extensions/masteryscore").asDouble()).isEqualTo(0.8333);
            assertThat(statements.get(3).at("/context/contextActivities/category").toString())
                    .doesNotContain("moveon");
            assertThat(platform.requests).filteredOn(r -> r.startsWith("POST /lrs/fetch")).hasSize(1);
            assertThat(platform.requests).filteredOn(r -> r.contains("/lrs/") && !r.contains("/lrs/fetch"))
                    .allSatisfy(r -> assertThat(r).endsWith("auth=Basic " + PackageServer.TOKEN));
            assertThat(platform.requests).anyMatch(r -> r.startsWith("GET /lrs/agents/profile")
                    && r.contains("cmi5LearnerPreferences"));

            // Medvirk's own LRS checks statements as strictly as the specification: it takes every one of them.
            for (JsonNode statement : statements) {
                assertThat(new XapiHttp(port).version("1.0.3").post("/xapi/statements", statement.toString())
                        .statusCode()).as(statement.toString()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_cmi5_learner_who_fails_is_reported_failed_and_passes_in_a_later_session_without_a_second_completed()
            throws Exception {
        Path unpacked = PackageFiles.of(packages.export("eksempelkurs", PackageFormat.CMI5).orElseThrow().zip())
                .unpackTo(Files.createDirectories(folder.resolve("cmi5-again")));
        String launchData = """
                {"contextTemplate": {"extensions": {"https://w3id.org/xapi/cmi5/context/extensions/sessionid": "s"}},
                 "launchMode": "Normal", "moveOn": "CompletedAndPassed", "masteryScore": 0.8333}""";
        List<CourseSource.Item> items = items();
        String registration = UUID.randomUUID().toString();
        try (var platform = new PackageServer(unpacked, launchData)) {
            launchCmi5(platform, registration);
            goThrough(items.subList(0, items.size() - 1), 0);
            next();
            var quiz = (CourseSource.Quiz) items.getLast();
            answerWrong(quiz, "del-" + items.size());
            press(button("exit"), Keys.ENTER);
            waitFor(() -> text("#course-notice").startsWith("Fremdriften er lagret"));
            assertThat(verbs(platform)).containsExactly("initialized", "completed", "failed", "terminated");
            JsonNode failed = statements(platform).get(2);
            assertThat(failed.at("/result/success").asBoolean()).isFalse();
            assertThat(failed.at("/result/score/scaled").asDouble()).isLessThan(0.8333);

            platform.statements.clear();
            launchCmi5(platform, registration);
            assertThat(heading()).as("back at the bookmark").isEqualTo(quiz.title().nb());
            press(driver.findElement(By.cssSelector("#del-" + items.size() + " button.retry")), Keys.ENTER);
            answerRight(quiz, "del-" + items.size());
            press(button("exit"), Keys.ENTER);
            waitFor(() -> text("#course-notice").startsWith("Fremdriften er lagret"));
            assertThat(verbs(platform)).as("completed is sent once a registration")
                    .containsExactly("initialized", "passed", "terminated");
        }
    }

    private void launchCmi5(PackageServer platform, String registration) {
        String actor = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.org\","
                + "\"name\":\"learner-2\"}}";
        driver.get(platform.url("/pakke/index.html?endpoint=" + encode(platform.url("/lrs/")) + "&fetch="
                + encode(platform.url("/lrs/fetch?k=" + UUID.randomUUID())) + "&actor=" + encode(actor)
                + "&registration=" + registration + "&activityId=" + encode("https://lms.example.org/au/2")));
        int before = platform.statements.size();
        waitFor(() -> platform.statements.size() > before);
    }

    private static List<JsonNode> statements(PackageServer platform) {
        return platform.statements.stream().map(JSON::readTree)
                .flatMap(node -> node.isArray() ? node.valueStream() : java.util.stream.Stream.of(node)).toList();
    }

    private static List<String> verbs(PackageServer platform) {
        return statements(platform).stream().map(s -> s.at("/verb/display/en-US").asString()).toList();
    }

    private void openHarness(PackageServer platform, Map<String, String> seed) {
        driver.switchTo().defaultContent();
        driver.get(platform.url("/harness/scorm.html?seed=" + encode(JSON.writeValueAsString(seed))));
        driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
        pages().waitUntilShown();
    }

    private ExportedCoursePages pages() {
        return new ExportedCoursePages(driver);
    }

    private void goThrough(List<CourseSource.Item> items, int from) {
        pages().goThrough(items, from);
    }

    private void answerRight(CourseSource.Quiz quiz, String section) {
        pages().answerRight(quiz, section);
    }

    private void answerWrong(CourseSource.Quiz quiz, String section) {
        pages().answer(quiz, section, false);
    }

    private void next() {
        pages().next();
    }

    private WebElement button(String go) {
        return pages().button(go);
    }

    private static void press(WebElement element, CharSequence key) {
        element.sendKeys(key);
    }

    private String heading() {
        return pages().heading();
    }

    private String text(String selector) {
        return pages().text(selector);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> cmi() {
        return (Map<String, String>) ((JavascriptExecutor) driver).executeScript("return window.cmi");
    }

    private List<JsonNode> calls() {
        Object calls = ((JavascriptExecutor) driver).executeScript("return JSON.stringify(window.scormCalls)");
        return JSON.readTree(String.valueOf(calls)).valueStream().toList();
    }

    private List<CourseSource.Item> items() {
        return catalog.latestVersion("eksempelkurs").orElseThrow().course().modules().stream()
                .flatMap(m -> m.items().stream()).toList();
    }

    private static String title(CourseSource.Item item) {
        return ExportedCoursePages.title(item);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
