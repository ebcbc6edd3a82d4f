package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.medvirk.identity.People;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * deltaker launches the cmi5 sample (ADL's CATAPULT geology course: one OwnWindow AU, masteryScore 0.3), which
 * fetches its token, reads its launch data and reports to Medvirk's own LRS; she answers the quiz, passes, exits,
 * and finds the course completed. The statements, the AU's and the LMS's, are in /xapi/statements.
 */
class Cmi5JourneyIT extends BrowserTest {

    static final String TITLE = "Introduction to Geology - Responsive Style - Mastery Score";

    @Autowired
    PackageUpload upload;

    @Autowired
    People people;

    @Test
    void deltaker_takes_the_cmi5_sample_through_our_lrs() throws Exception {
        var imported = (PackageUpload.Imported) upload.upload(
                TestPackages.sample("cmi5-catapult-masteryscore-responsive.zip"));
        PackageVersion version = imported.version();
        String learner = people.findByUsername("deltaker").orElseThrow().id().toString();

        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");
        AppPage page = open("/cmi5/" + version.packageId());
        assertThat(page.heading()).isEqualTo(TITLE);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> status().equals("Ikke fullført"));
        Accessibility.assertNoViolations(driver);

        String home = driver.getWindowHandle();
        page.press(driver.findElement(By.xpath("//vaadin-button[contains(., 'Åpne')]")), Keys.ENTER);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> d.getWindowHandles().size() == 2);
        assertThat(driver.findElement(By.cssSelector(".cmi5-status")).getText()).contains("nytt vindu");
        Accessibility.assertNoViolations(driver);
        driver.switchTo().window(other(home));
        String registration = registration(learner, version);

        // The AU has fetched its token, read LMS.LaunchData, sent initialized and shown its first page.
        wait.until(d -> !d.findElements(By.cssSelector("li.navmenuitem.current")).isEmpty());
        driver.findElement(By.xpath("//li[contains(@class,'navmenuitem') and normalize-space()='Quiz']")).click();
        driver.findElement(By.xpath("//button[contains(., 'Select correct answers')]")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Submit Answers']")).click();
        wait.until(d -> d.findElement(By.id("score-passed")).isDisplayed());
        wait.until(d -> verbs(registration).containsAll(Set.of("passed", "completed")));
        screenshot("cmi5-au-passed");
        var exit = driver.findElement(By.cssSelector("#score-panel .exit-button"));
        wait.until(d -> exit.isEnabled());
        exit.click();
        wait.until(d -> d.getWindowHandles().size() == 1);
        driver.switchTo().window(home);

        wait.until(d -> verbs(registration).containsAll(Set.of("launched", "initialized", "experienced", "answered",
                "passed", "completed", "terminated", "satisfied")));
        JsonNode passed = statements(registration, "http://adlnet.gov/expapi/verbs/passed").getFirst();
        assertThat(passed.path("result").path("score").path("scaled").doubleValue()).isGreaterThanOrEqualTo(0.3);
        assertThat(passed.path("authority").path("account").path("name").stringValue()).isEqualTo("medvirk-cmi5");
        JsonNode satisfied = statements(registration, "https://w3id.org/xapi/adl/verbs/satisfied").getFirst();
        assertThat(satisfied.path("object").path("definition").path("type").stringValue())
                .isEqualTo("https://w3id.org/xapi/cmi5/activitytype/course");

        driver.navigate().refresh();
        page.waitForVaadin();
        assertThat(page.path()).as("still signed in: the AU's requests to /xapi leave the session alone")
                .isEqualTo("/cmi5/" + version.packageId());
        wait.until(d -> status().equals("Bestått"));
        assertThat(driver.findElement(By.cssSelector(".cmi5-course-satisfied")).getText())
                .isEqualTo("Du har fullført kurset.");
        screenshot("cmi5-launch-page-done");
        Accessibility.assertNoViolations(driver);
    }

    private String status() {
        return driver.findElement(By.cssSelector(".cmi5-au-status")).getText();
    }

    private String other(String handle) {
        return driver.getWindowHandles().stream().filter(h -> !h.equals(handle)).findFirst().orElseThrow();
    }

    /** The registration of the learner's launch of this package, from the launched statement the LMS recorded. */
    private String registration(String learner, PackageVersion version) {
        String agent = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://localhost:0\",\"name\":\""
                + learner + "\"}}";
        return query("agent=" + encode(agent) + "&verb=http://adlnet.gov/expapi/verbs/launched").stream()
                .filter(s -> s.path("object").path("id").stringValue().contains("/packages/" + version.packageId()))
                .map(s -> s.path("context").path("registration").stringValue()).findFirst().orElseThrow();
    }

    /** The verbs of the registration's statements, by their last path segment. */
    private Set<String> verbs(String registration) {
        var verbs = new java.util.HashSet<String>();
        for (JsonNode statement : query("registration=" + registration)) {
            String id = statement.path("verb").path("id").stringValue();
            verbs.add(id.substring(id.lastIndexOf('/') + 1));
        }
        return verbs;
    }

    private List<JsonNode> statements(String registration, String verb) {
        return query("registration=" + registration + "&verb=" + encode(verb));
    }

    /** What /xapi/statements answers the demo LRS client. */
    private List<JsonNode> query(String parameters) {
        var response = new XapiHttp(port).get("/xapi/statements?limit=100&" + parameters);
        assertThat(response.statusCode()).isEqualTo(200);
        var list = new ArrayList<JsonNode>();
        XapiJson.parse(response.body()).path("statements").forEach(list::add);
        return list;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
