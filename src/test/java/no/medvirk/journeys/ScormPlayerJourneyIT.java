package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.medvirk.packages.PackageUpload;
import no.medvirk.packages.PackageVersion;
import no.medvirk.packages.TestPackages;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import no.medvirk.xapi.XapiHttp;
import no.medvirk.xapi.XapiJson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * deltaker takes Rustici's "Golf Explained" runtime samples (SCORM 1.2 and 2004) in Medvirk's player: goes three
 * pages in, leaves with the player's own exit, comes back to the bookmark (the sample asks whether to resume), reads
 * to the end, passes the test with a score and leaves again. The runtime data is in the attempt and the statements
 * are in /xapi/statements; axe-core finds nothing in the player's own chrome.
 */
class ScormPlayerJourneyIT extends BrowserTest {

    @Autowired
    PackageUpload upload;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deltaker_takes_the_scorm_12_sample_leaves_half_way_comes_back_to_the_bookmark_and_passes() throws Exception {
        takeTheSample("scorm12-runtime-basic-calls.zip", "Golf Explained - Run-time Basic Calls", "scorm12");
    }

    @Test
    void deltaker_takes_the_scorm_2004_sample_leaves_half_way_comes_back_to_the_bookmark_and_passes()
            throws Exception {
        takeTheSample("scorm2004-3rd-runtime-basic-calls.zip", "Golf Explained - Run-time Basic Calls", "scorm2004");
    }

    @Test
    void a_commit_that_does_not_get_through_is_sent_again_until_it_does() throws Exception {
        var imported = upload.upload(TestPackages.sample("scorm12-runtime-basic-calls.zip"));
        PackageVersion version = ((PackageUpload.Imported) imported).version();
        openLogin().signIn("aud", "demo").waitForPath("/min-laering");
        open("/pakke/" + version.packageId().value());
        enterSco();
        var chrome = (org.openqa.selenium.chromium.HasCdp) driver;
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of("*/pakkeokt/*")));
        try {
            click(By.id("butNext"));
            click(By.id("butNext"));
            driver.switchTo().defaultContent();
            // scorm-again commits 10 s after the last change; the commit fails and is retried.
            new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> d.findElement(By.id("package-save-status"))
                    .getText().startsWith("Fremdriften ble ikke lagret ennå."));
        } finally {
            chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of()));
        }
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> d.findElement(By.id("package-save-status"))
                .getText().equals("Fremdriften er lagret."));
        UUID attempt = jdbc.queryForObject("""
                select a.id from package_attempt a join person p on p.id = a.person_id
                where p.username = 'aud' and a.package_version_id = ? and a.finished_at is null""",
                UUID.class, version.id().value());
        waitForDatabase(attempt, "location = '2'");
        Accessibility.assertNoViolations(driver, ".package-frame");
    }

    private void takeTheSample(String sample, String title, String name) throws Exception {
        var imported = upload.upload(TestPackages.sample(sample));
        PackageVersion version = ((PackageUpload.Imported) imported).version();
        String player = "/pakke/" + version.packageId().value();
        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");

        AppPage page = open(player);
        assertThat(page.heading()).isEqualTo(title);
        enterSco();
        for (int i = 0; i < 3; i++) {
            click(By.id("butNext"));
        }
        waitForPage("Playing/OtherScoring.html");
        driver.switchTo().defaultContent();
        screenshot(name + "-player");
        Accessibility.assertNoViolations(driver, ".package-frame");

        exit();
        UUID attempt = jdbc.queryForObject("""
                select a.id from package_attempt a join person p on p.id = a.person_id
                where p.username = 'deltaker' and a.package_version_id = ? and a.finished_at is null""",
                UUID.class, version.id().value());
        waitForDatabase(attempt, "exit = 'suspend' and location = '3'");

        // The sample asks in a dialog whether to resume from the bookmark it got back.
        driver.get(url(player));
        var resume = new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.alertIsPresent());
        assertThat(resume.getText()).isEqualTo("Would you like to resume from where you previously left off?");
        resume.accept();
        enterSco();
        waitForPage("Playing/OtherScoring.html");
        for (int i = 3; i < 14; i++) {
            click(By.id("butNext"));
        }
        waitForPage("shared/assessmenttemplate.html");
        driver.switchTo().frame(driver.findElement(By.id("contentFrame")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return typeof test !== 'undefined' && test.Questions.length > 0")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                test.Questions.forEach(function (q, n) {
                  // Every answer right but the first: a score below 100 that still passes (70 is the mark).
                  if (n === 0) { return; }
                  if (q.Type === 'choice') {
                    document.getElementById('question_' + q.Id + '_' + q.Answers.indexOf(q.CorrectAnswer)).checked = true;
                  } else if (q.Type === 'true-false') {
                    document.getElementById('question_' + q.Id + '_' + (q.CorrectAnswer ? 'True' : 'False')).checked = true;
                  } else {
                    document.getElementById('question_' + q.Id + '_Text').value = String(q.CorrectAnswer);
                  }
                });
                SubmitAnswers();""");
        driver.switchTo().defaultContent();
        exit();
        waitForDatabase(attempt, "success_status = 'passed' and completion_status = 'completed' and exit is null");

        UUID registration = jdbc.queryForObject("select registration from package_attempt where id = ?", UUID.class,
                attempt);
        var response = new XapiHttp(port).get("/xapi/statements?ascending=true&limit=100&registration="
                + registration);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> statements = new java.util.ArrayList<>();
        XapiJson.parse(response.body()).path("statements").forEach(statements::add);
        List<String> verbs = statements.stream().map(s -> s.path("verb").path("id").asString()
                .replace("http://adlnet.gov/expapi/verbs/", "")).toList();
        assertThat(verbs).containsSubsequence("initialized", "suspended", "resumed", "completed", "passed",
                "terminated", "completed", "passed");
        JsonNode passed = statements.getLast();
        assertThat(passed.path("object").path("id").asString()).contains("/xapi/activities/packages/");
        double scaled = passed.path("result").path("score").path("scaled").asDouble();
        assertThat(scaled).isGreaterThanOrEqualTo(0.7).isLessThan(1.0);
    }

    /** Into the package's frame, once the sample's own navigation is there. */
    private void enterSco() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement frame = wait.until(d -> {
            WebElement f = d.findElement(By.cssSelector("iframe.package-frame"));
            String src = f.getAttribute("src");
            return src != null && src.contains("/pakkeinnhold/") ? f : null;
        });
        driver.switchTo().frame(frame);
    }

    private void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void waitForPage(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String src = d.findElement(By.id("contentFrame")).getAttribute("src");
            return src != null && src.contains(path);
        });
    }

    private void exit() {
        driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Avslutt og lagre")).findFirst().orElseThrow().click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/pakke/"));
        new AppPage(driver).waitForVaadin();
    }

    private void waitForDatabase(UUID attempt, String condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from package_sco_state where attempt_id = ? and " + condition + ")",
                Boolean.class, attempt)));
    }
}
