package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.support.TestLearners;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import no.medvirk.support.browser.CompetencePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor reads the resource bank without signing in; a learner opens a consultation; calendars read the feed; a
 * resource person sees their consent; a learner is told of a seat from the waiting list; a course administrator
 * uploads an open resource's file, which a visitor then downloads.
 */
class ResourceBankJourneyIT extends BrowserTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Test Admin");

    @Autowired
    ResourceBank bank;

    @Autowired
    Events events;

    @Autowired
    BankFiles files;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

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

    @Test
    void the_demo_resource_person_per_sees_his_consent_on_his_own_page() {
        openLogin().signIn("per", "demo").waitForPath("/min-laering");

        AppPage page = open("/mitt-samtykke");

        assertThat(page.heading()).isEqualTo("Mitt samtykke");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Per Prøve",
                "Du vises i ressursbanken.");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void a_learner_who_got_a_seat_from_the_waiting_list_sees_the_notice_and_dismisses_it_with_the_keyboard() {
        String username = TestLearners.create(people, organisations);
        UUID learner = people.findByUsername(username).orElseThrow().id().value();
        Instant starts = Instant.now().plus(3, ChronoUnit.DAYS);
        String title = "Fullt verksted " + UUID.randomUUID();
        UUID event = bank.create(new EntryForm(EntryKind.EVENT, title, "Kort.", "", "", "", List.of(), List.of(),
                null, null, List.of(), "", null, "", null, "", null, starts, starts.plusSeconds(3600), "Salen", "", "",
                1, false, "", "", null, null), ADMIN);
        bank.setPublished(event, true, ADMIN);
        UUID first = UUID.randomUUID();
        events.register(event, first);
        events.register(event, learner);
        events.cancel(event, first);

        openLogin().signIn(username, "et langt passord").waitForPath("/min-laering");
        AppPage page = open("/arrangementer");
        WebElement notice = driver.findElement(By.cssSelector(".seat-notice"));
        assertThat(notice.getText()).contains("Du har fått plass på «" + title + "»");
        Accessibility.assertNoViolations(driver);

        new CompetencePage(driver).tabTo(".seat-notice vaadin-button").press(Keys.ENTER);

        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".seat-notice"))
                .isEmpty());
        assertThat(page.script("return document.activeElement.className")).as("focus stays where the notice was")
                .isEqualTo("seat-notices");
        assertThat(events.notices(learner)).isEmpty();
    }

    @Test
    void a_course_administrator_uploads_a_file_of_two_megabytes_and_a_visitor_downloads_it() throws Exception {
        String title = "Ressurs med opplasting " + UUID.randomUUID();
        UUID entry = bank.create(new EntryForm(EntryKind.RESOURCE, title, "Kort.", "", "", "", List.of(), List.of(),
                null, null, List.of("nb"), "", null, "", null, "https://example.org/ressurs", "cc-by", null, null, "",
                "", "", null, false, "", "", null, null), ADMIN);
        bank.setPublished(entry, true, ADMIN);
        byte[] pdf = new byte[2 * 1024 * 1024];
        Arrays.fill(pdf, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, pdf, 0, head.length);
        Path file = Files.createTempDirectory("medvirk-upload").resolve("Veileder for brukerråd.pdf");
        Files.write(file, pdf);

        openLogin().signIn("kursadmin", "demo").waitForPath("/kursadmin");
        AppPage admin = open("/kursadmin/ressursbank");
        WebElement row = driver.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + title + "']"));
        admin.script("arguments[0].scrollIntoView({block: 'center'});", row);
        row.click();
        admin.waitForVaadin();
        // The layout scrolls its content area, not the window: bring the button into view before clicking it.
        WebElement edit = driver.findElement(By.xpath("//vaadin-button[normalize-space()='Endre']"));
        admin.script("arguments[0].scrollIntoView({block: 'center'});", edit);
        edit.click();
        admin.waitForVaadin();
        Accessibility.assertNoViolations(driver);

        // The editor's upload is the one that takes PDFs (the page behind the dialog has the CSV import's).
        WebElement input = (WebElement) admin.script("const upload = Array.from(document.querySelectorAll("
                + "'vaadin-upload')).find(u => (u.accept || '').includes('.pdf'));"
                + "const input = upload.querySelector('input[type=file]')"
                + " || upload.shadowRoot.querySelector('input[type=file]');"
                + "input.hidden = false; input.style.display = 'block'; return input;");
        input.sendKeys(file.toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> String.valueOf(admin.script(
                "const s = document.querySelector('.resource-file-status'); return s ? s.textContent : '';"))
                .contains("er sjekket og lagres når du lagrer oppføringen"));
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Lagre']")).click();
        admin.waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> files.info(entry).isPresent());

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/ressursbank/" + entry + "/fil"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("Veileder");
    }

    private String href(String linkText) {
        new AppPage(driver).waitForVaadin();
        return driver.findElement(By.xpath("//a[normalize-space()='" + linkText + "']")).getDomAttribute("href");
    }
}
