package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.fortuna.ical4j.data.CalendarBuilder;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** A visitor reads the resource bank without signing in; a learner opens a consultation; calendars read the feed. */
class ResourceBankJourneyIT extends BrowserTest {

    @Test
    void a_visitor_reads_the_bank_an_entry_and_the_events_without_signing_in() throws Exception {
        AppPage bank = open("/ressursbank");
        assertThat(bank.heading()).isEqualTo("Ressursbank");
        screenshot("resourcebank");
        Accessibility.assertNoViolations(driver);

        driver.get(url("/" + href("Rådslag")));
        AppPage entry = new AppPage(driver).waitForVaadin();
        assertThat(entry.heading()).isEqualTo("Rådslag");
        Accessibility.assertNoViolations(driver);

        AppPage events = open("/arrangementer");
        assertThat(events.heading()).isEqualTo("Arrangementer");
        screenshot("events");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void a_signed_in_learner_opens_a_consultation_with_its_questions() throws Exception {
        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");
        open("/ressursbank");

        driver.get(url("/" + href("Rådslag om handlingsplanen for brukerinvolvering")));
        AppPage consultation = new AppPage(driver).waitForVaadin();
        assertThat(consultation.heading()).isEqualTo("Rådslag om handlingsplanen for brukerinvolvering");
        assertThat(driver.findElements(By.cssSelector("vaadin-text-area"))).hasSize(4);
        screenshot("consultation");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_bank_and_the_events_fit_a_320_pixel_wide_phone() {
        driver.manage().window().setSize(new Dimension(320, 640));

        assertThat(open("/ressursbank").horizontalOverflow()).isLessThanOrEqualTo(0);
        assertThat(open("/arrangementer").horizontalOverflow()).isLessThanOrEqualTo(0);
    }

    @Test
    void a_calendar_app_reads_the_events_feed_without_signing_in() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/kalender/arrangementer.ics"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.getComponents()).isNotEmpty();
    }

    private String href(String linkText) {
        new AppPage(driver).waitForVaadin();
        return driver.findElement(By.xpath("//a[normalize-space()='" + linkText + "']")).getDomAttribute("href");
    }
}
