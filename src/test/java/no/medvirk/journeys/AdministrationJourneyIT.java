package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The other pages people open in this first version: administration, registration, and English. */
class AdministrationJourneyIT extends BrowserTest {

    @Test
    void the_people_list_and_the_person_dialog_have_no_accessibility_violations() throws Exception {
        openLogin().signIn("admin", "demo").waitForPath("/admin");
        AppPage people = open("/admin/personer");
        assertThat(people.heading()).isEqualTo("Personer");
        Accessibility.assertNoViolations(driver);

        driver.findElement(By.xpath("//vaadin-button[contains(., 'Ny person')]")).click();
        people.waitForVaadin();
        assertThat(driver.findElements(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog[opened]"))).isNotEmpty();
        screenshot("person-dialog");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_person_dialog_closes_with_escape() {
        openLogin().signIn("admin", "demo").waitForPath("/admin");
        AppPage people = open("/admin/personer");
        driver.findElement(By.xpath("//vaadin-button[contains(., 'Ny person')]")).click();
        people.waitForVaadin();

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        people.waitForVaadin();

        assertThat(driver.findElements(By.cssSelector("vaadin-dialog[opened]"))).isEmpty();
    }

    @Test
    void the_organisations_page_has_no_accessibility_violations() {
        openLogin().signIn("admin", "demo").waitForPath("/admin");

        AppPage organisations = open("/admin/organisasjoner");

        assertThat(organisations.heading()).isEqualTo("Organisasjoner");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_lrs_administration_pages_have_no_accessibility_violations() throws Exception {
        openLogin().signIn("admin", "demo").waitForPath("/admin");

        AppPage clients = open("/admin/lrs/klienter");
        assertThat(clients.heading()).isEqualTo("LRS-klienter");
        Accessibility.assertNoViolations(driver);

        AppPage statements = open("/admin/lrs/utsagn");
        assertThat(statements.heading()).isEqualTo("LRS-utsagn");
        screenshot("lrs-statements");
        Accessibility.assertNoViolations(driver);

        AppPage forwarding = open("/admin/lrs/videresending");
        assertThat(forwarding.heading()).isEqualTo("Videresending til et annet LRS");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_administration_pages_fit_a_320_pixel_wide_phone() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(320, 640));
        openLogin().signIn("admin", "demo").waitForPath("/admin");

        for (String path : java.util.List.of("/admin/personer", "/admin/organisasjoner", "/admin/lrs/klienter",
                "/admin/lrs/utsagn")) {
            AppPage page = open(path);
            assertThat(page.horizontalOverflow()).as(path).isLessThanOrEqualTo(0);
        }
        screenshot("lrs-statements-phone");
    }

    @Test
    void the_registration_page_has_no_accessibility_violations() {
        AppPage register = open("/registrer");

        assertThat(register.heading()).isEqualTo("Registrer deg");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void a_learner_switches_to_english_and_the_page_speaks_english() {
        // Aud, not Dina: the choice is remembered for the person, and other journeys expect Dina in bokmål.
        AppPage home = openLogin().signIn("aud", "demo").waitForPath("/min-laering");

        driver.findElement(By.cssSelector("vaadin-button.language-switch")).click();
        home.waitUntilHeading("My learning");

        assertThat(home.heading()).isEqualTo("My learning");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).startsWith("en");
        Accessibility.assertNoViolations(driver);
    }
}
