package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.learning.Enrolments;
import no.medvirk.support.TestCertificates;
import no.medvirk.support.TestLearning;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * deltaker finishes the sample course (through the learning services, as the course journey does it by keyboard),
 * finds the certificate under Mine kursbevis, downloads the PDF, and anyone signed out opens its verification link.
 * Another learner who has the PDF's address gets 404. Each page passes axe-core.
 */
class CertificateJourneyIT extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    Certificates certificates;

    @Test
    void deltaker_downloads_the_certificate_and_anyone_can_verify_it() throws Exception {
        Certificate certificate = certificateOfDeltaker();

        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");
        AppPage page = open("/kursbevis");
        assertThat(page.heading()).isEqualTo("Mine kursbevis");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Eksempelkurs: slik fungerer et Medvirk-kurs", "Kode: " + certificate.code(), "Gyldig");
        Accessibility.assertNoViolations(driver);

        String href = driver.findElement(By.cssSelector("a.certificate-download")).getDomAttribute("href");
        assertThat(href).isEqualTo("kursbevis/" + certificate.id() + ".pdf");
        HttpResponse<byte[]> pdf = get("/" + href, session());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String link = String.valueOf(page.script("return arguments[0].value;",
                driver.findElement(By.cssSelector("vaadin-text-field.certificate-link"))));
        assertThat(link).endsWith("/verifiser/" + certificate.code());

        driver.manage().deleteAllCookies();
        openLogin().signIn("aud", "demo").waitForPath("/min-laering");
        assertThat(get("/" + href, session()).statusCode()).isEqualTo(404);

        driver.manage().deleteAllCookies();
        AppPage verification = open(link.substring(link.indexOf("/verifiser/")));
        assertThat(verification.heading()).isEqualTo("Kontroller kursbevis");
        assertThat(driver.findElement(By.cssSelector(".verify-result")).getText())
                .contains("Kursbeviset er gyldig", "Dina Deltaker", "Eksempelkurs: slik fungerer et Medvirk-kurs",
                        "Fjordvik kommune");
        Accessibility.assertNoViolations(driver);

        open("/verifiser/AAAAA-BBBBB-CCCCC");
        assertThat(driver.findElement(By.cssSelector(".verify-result")).getText()).contains("Ukjent kode");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void a_course_admin_sees_the_certificates_and_the_page_passes_axe() throws Exception {
        certificateOfDeltaker();
        openLogin().signIn("kursadmin", "demo").waitForPath("/kursadmin");

        AppPage page = open("/kursbevis-admin");

        assertThat(page.heading()).isEqualTo("Kursbevis");
        assertThat(driver.findElement(By.cssSelector("vaadin-grid")).getText()).contains("Dina Deltaker");
        Accessibility.assertNoViolations(driver);
    }

    /** deltaker's certificate for the sample course, completing the course first when there is none yet. */
    private Certificate certificateOfDeltaker() throws InterruptedException {
        PersonId deltaker = people.findByUsername("deltaker").orElseThrow().id();
        if (certificates.of(deltaker).isEmpty()) {
            TestLearning.complete(enrolments, catalog, enrolments.start(deltaker, "eksempelkurs"));
        }
        return TestCertificates.issuedFor(certificates, deltaker, Duration.ofSeconds(30));
    }

    private String session() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private HttpResponse<byte[]> get(String path, String sessionId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
