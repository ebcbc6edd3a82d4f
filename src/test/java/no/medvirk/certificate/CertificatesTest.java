package no.medvirk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.certificate.pdf.PdfChecks;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.PersonId;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.support.TestCertificates;
import no.medvirk.support.TestLearners;
import no.medvirk.support.TestLearning;
import no.medvirk.xapi.StatementsStored;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Certificates on the real context and database: issued once when the sample course is completed through the
 * learning services, shown and verified, revoked and reissued, and downloaded over HTTP only by their owner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificatesTest {

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    @Autowired
    CertificateIssuing issuing;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Test
    void completing_the_sample_course_issues_one_certificate_with_every_field_in_its_pdf() throws Exception {
        String username = TestLearners.create(people, organisations);
        PersonId person = people.findByUsername(username).orElseThrow().id();

        Certificate certificate = complete(person);

        assertThat(certificate.fullName()).isEqualTo("Lene Lærer");
        assertThat(certificate.courseId()).isEqualTo("eksempelkurs");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.minutesMeasured()).isFalse();
        assertThat(certificate.minutes()).isEqualTo(35);
        assertThat(certificate.code()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}");
        byte[] pdf = certificates.pdf(certificate);
        assertThat(PdfChecks.text(pdf)).contains("Lene Lærer", "Eksempelkurs: slik fungerer et Medvirk-kurs",
                "Versjon " + certificate.courseVersion(), "beregnet tid 35 minutter", "Individnivå, Tjenestenivå",
                "Kan skille mellom medvirkning på individ-", "Utstedt av Fjordvik kommune gjennom Medvirk.", "Kari Kursadmin",
                "Kode: " + certificate.code(), certificates.verifyUrl(certificate));
        assertThat(PdfChecks.qrCode(pdf)).isEqualTo(certificates.verifyUrl(certificate))
                .endsWith("/verifiser/" + certificate.code());
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void the_same_statements_seen_again_issue_no_second_certificate() throws Exception {
        PersonId person = people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();
        Certificate certificate = complete(person);
        var enrolment = enrolments.of(person).getFirst();
        var again = new StatementsStored(List.of(new StatementsStored.Stored(UUID.randomUUID(),
                activities.homePage(), person.value().toString(), null,
                CertificateIssuing.PASSED, activity("eksempelkurs"), enrolment.id(), true, true, 1.0,
                java.time.Instant.now(), null)));

        issuing.on(again);
        issuing.on(again);

        assertThat(certificates.of(person)).singleElement().extracting(Certificate::id).isEqualTo(certificate.id());
    }

    @Test
    void a_certificate_verifies_as_valid_then_revoked_with_the_date_and_a_wrong_code_as_unknown() throws Exception {
        PersonId person = people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();
        Certificate certificate = complete(person);
        PersonId admin = people.findByUsername("kursadmin").orElseThrow().id();

        var valid = certificates.verify(certificate.code().toLowerCase().replace("-", " "), "test-valid");
        assertThat(valid.outcome()).isEqualTo(Verification.Outcome.VALID);
        assertThat(valid.fullName()).isEqualTo("Lene Lærer");
        assertThat(valid.issuer()).isEqualTo("Fjordvik kommune");

        assertThatThrownBy(() -> certificates.revoke(certificate.id(), "  ", admin))
                .isInstanceOf(DomainException.class).hasMessage("certificate.reason-required");
        certificates.revoke(certificate.id(), "Registrert på feil person", admin);

        var revoked = certificates.verify(certificate.code(), "test-valid");
        assertThat(revoked.outcome()).isEqualTo(Verification.Outcome.REVOKED);
        assertThat(revoked.changedAt()).isNotNull();
        assertThat(certificates.verify("AAAAA-BBBBB-CCCCC", "test-valid").outcome())
                .isEqualTo(Verification.Outcome.UNKNOWN);
        assertThat(certificates.verify("not a code", "test-valid").outcome())
                .isEqualTo(Verification.Outcome.UNKNOWN);
        assertThatThrownBy(() -> certificates.revoke(certificate.id(), "igjen", admin))
                .isInstanceOf(DomainException.class).hasMessage("certificate.not-valid");
    }

    @Test
    void a_reissued_certificate_has_the_corrected_name_and_a_new_code_and_the_old_one_shows_as_replaced()
            throws Exception {
        String username = TestLearners.create(people, organisations);
        var details = people.findByUsername(username).orElseThrow();
        Certificate old = complete(details.id());
        people.update(details.id(), new PersonForm(details.username(), details.email(), "Lene Lærer-Berg", null,
                details.organisationId(), details.unitId(), Language.EN, details.roles(), details.ledUnitIds()));

        Certificate reissued = certificates.reissue(old.id());

        assertThat(reissued.fullName()).isEqualTo("Lene Lærer-Berg");
        assertThat(reissued.code()).isNotEqualTo(old.code());
        assertThat(reissued.language()).isEqualTo(Language.EN);
        assertThat(certificates.verify(old.code(), "test-reissue").outcome())
                .isEqualTo(Verification.Outcome.REPLACED);
        assertThat(certificates.verify(reissued.code(), "test-reissue").outcome())
                .isEqualTo(Verification.Outcome.VALID);
        assertThat(certificates.of(details.id())).extracting(Certificate::id).containsExactly(reissued.id());
        assertThat(PdfChecks.text(certificates.pdf(reissued))).contains("Lene Lærer-Berg", "Course certificate");
    }

    @Test
    void many_lookups_from_one_address_are_throttled_and_another_address_is_not() {
        for (int i = 0; i < 20; i++) {
            assertThat(certificates.verify("AAAAA-BBBBB-CCCC" + (i % 10), "10.9.9.9").outcome())
                    .isEqualTo(Verification.Outcome.UNKNOWN);
        }
        assertThat(certificates.verify("AAAAA-BBBBB-CCCCC", "10.9.9.9").outcome())
                .isEqualTo(Verification.Outcome.THROTTLED);
        assertThat(certificates.verify("AAAAA-BBBBB-CCCCC", "10.9.9.10").outcome())
                .isEqualTo(Verification.Outcome.UNKNOWN);
    }

    @Test
    void the_owner_downloads_the_pdf_another_learner_gets_404_and_a_course_admin_gets_the_zip() throws Exception {
        String owner = TestLearners.create(people, organisations);
        String other = TestLearners.create(people, organisations);
        Certificate certificate = complete(people.findByUsername(owner).orElseThrow().id());
        String path = "/kursbevis/" + certificate.id() + ".pdf";

        HttpResponse<byte[]> mine = signedIn(owner, "et langt passord").get(path);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(mine.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var stranger = signedIn(other, "et langt passord");
        assertThat(stranger.get(path).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/kursbevis/arkiv.zip").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> zip = signedIn("kursadmin", "demo").get("/kursbevis/arkiv.zip?course=eksempelkurs");
        assertThat(zip.statusCode()).isEqualTo(200);
        var names = new java.util.ArrayList<String>();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains(Certificates.fileName(certificate)).allMatch(n -> n.endsWith(".pdf"));
    }

    @Test
    void a_zip_holds_one_pdf_per_certificate() throws Exception {
        Certificate first = complete(people.findByUsername(TestLearners.create(people, organisations)).orElseThrow()
                .id());
        Certificate second = complete(people.findByUsername(TestLearners.create(people, organisations)).orElseThrow()
                .id());
        var out = new ByteArrayOutputStream();

        certificates.zip(List.of(first, second), out);

        int entries = 0;
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            while (in.getNextEntry() != null) {
                entries++;
                assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
        assertThat(entries).isEqualTo(2);
    }

    /** Completes the sample course through the learning services and waits for the certificate to be issued. */
    private Certificate complete(PersonId person) throws InterruptedException {
        var enrolment = enrolments.start(person, "eksempelkurs");
        TestLearning.complete(enrolments, catalog, enrolment);
        return TestCertificates.issuedFor(certificates, person, Duration.ofSeconds(20));
    }

    @Autowired
    no.medvirk.learning.CourseActivities activities;

    private String activity(String courseId) {
        return activities.course(courseId);
    }

    private Browser signedIn(String username, String password) throws Exception {
        var browser = new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = browser.http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).hasValue(url("/"));
        return browser;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private final class Browser {
        final HttpClient http;

        Browser(HttpClient http) {
            this.http = http;
        }

        HttpResponse<byte[]> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
