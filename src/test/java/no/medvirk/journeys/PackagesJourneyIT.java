package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A course administrator uploads a cmi5 package, and then a broken SCORM package, on the packages page. */
class PackagesJourneyIT extends BrowserTest {

    @Test
    void a_course_admin_uploads_a_cmi5_package_and_sees_it_listed_then_a_broken_one_refused() throws Exception {
        openLogin().signIn("kursadmin", "demo").waitForPath("/kursadmin");
        AppPage page = open("/kursadmin/pakker");
        assertThat(page.heading()).isEqualTo("E-læringspakker");
        Accessibility.assertNoViolations(driver);

        // The largest sample (4 MB, with a video): more than the servlet's default multipart limit of 1 MB.
        choose("../shared/samples/packages/cmi5-catapult-masteryscore-responsive.zip");
        waitForOutcome("er lastet opp");
        String title = "Introduction to Geology - Responsive Style - Mastery Score";
        assertThat(outcome()).containsAnyOf("«" + title + "» (cmi5) er lastet opp som versjon",
                "«" + title + "» er lastet opp, men innholdet er det samme");
        assertThat(driver.findElement(By.cssSelector("vaadin-grid")).getText()).contains(title);
        screenshot("packages-admin");
        Accessibility.assertNoViolations(driver);

        choose("../shared/samples/packages/invalid-scorm12-malformed-xml.zip");
        waitForOutcome("ikke gyldig XML");
        assertThat(outcome()).contains("Pakken er ikke lastet opp, og ingenting er lagret.",
                "imsmanifest.xml er ikke gyldig XML (linje 27, kolonne 7).");
        Accessibility.assertNoViolations(driver);
    }

    private void choose(String file) {
        WebElement upload = driver.findElement(By.cssSelector("vaadin-upload"));
        List<WebElement> inputs = upload.getShadowRoot().findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.findElement(By.cssSelector("input[type=file]")) : inputs.getFirst();
        input.sendKeys(java.nio.file.Path.of(file).toAbsolutePath().normalize().toString());
    }

    private void waitForOutcome(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> outcome().contains(text));
    }

    private String outcome() {
        return driver.findElement(By.cssSelector(".package-upload-outcome")).getText();
    }
}
