package no.medvirk.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.medvirk.catalog.CourseMedia;
import no.medvirk.certificate.pdf.CertificateDocument;
import no.medvirk.certificate.pdf.CertificatePdf;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonDetails;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.MedvirkI18NProvider;
import no.medvirk.shared.MedvirkProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates: a learner's own, the public verification of a code, and the course administrator's list. */
@Service
public class Certificates {

    /** Dates on certificates are Norwegian dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    public static final int REASON_LENGTH = 500;
    static final int DEFAULT_ACCENT = 0x1f5f8b;
    static final int SEARCH_LIMIT = 5000;

    private final CertificateStore store;
    private final CertificateIssuer issuer;
    private final CertificatePdf pdf;
    private final CourseMedia media;
    private final VerificationThrottle throttle;
    private final People people;
    private final String baseUrl;
    private final Clock clock;

    Certificates(CertificateStore store, CertificateIssuer issuer, CertificatePdf pdf, CourseMedia media,
            VerificationThrottle throttle, People people, MedvirkProperties properties, Clock clock) {
        this.people = people;
        this.store = store;
        this.issuer = issuer;
        this.pdf = pdf;
        this.media = media;
        this.throttle = throttle;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The person's certificates, replaced ones left out, newest first. */
    @Transactional(readOnly = true)
    public List<Certificate> of(PersonId person) {
        return store.of(person);
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> find(UUID id) {
        return store.find(id);
    }

    /** The address that verifies a certificate, as printed in its QR code. */
    public String verifyUrl(Certificate certificate) {
        return baseUrl + "/verifiser/" + certificate.code();
    }

    /** The certificate's PDF for its owner; empty for anyone else, as if it did not exist. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdfOf(PersonId owner, UUID id) {
        return store.find(id).filter(c -> c.person().equals(owner)).map(this::pdf);
    }

    /** The PDF of any certificate, for course administrators. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(UUID id) {
        return store.find(id).map(this::pdf);
    }

    public byte[] pdf(Certificate certificate) {
        return pdf.render(document(certificate, new HashMap<>()));
    }

    /**
     * What anyone may learn of a code: valid, revoked (when) or replaced (when), with the name, course, date and
     * issuer; or unknown. A client that asks too often is told to wait, whatever the code.
     */
    @Transactional(readOnly = true)
    public Verification verify(String typedCode, String client) {
        if (!throttle.tryAcquire(client)) {
            return Verification.of(Verification.Outcome.THROTTLED);
        }
        Certificate certificate = VerificationCodes.normalise(typedCode).flatMap(store::byCode).orElse(null);
        if (certificate == null) {
            return Verification.of(Verification.Outcome.UNKNOWN);
        }
        var outcome = switch (certificate.status()) {
            case VALID -> Verification.Outcome.VALID;
            case REVOKED -> Verification.Outcome.REVOKED;
            case REPLACED -> Verification.Outcome.REPLACED;
        };
        return new Verification(outcome, certificate.fullName(), certificate.course().title(),
                LocalDate.ofInstant(certificate.completedAt(), ZONE), certificate.issuer(),
                outcome == Verification.Outcome.REVOKED ? certificate.revokedAt() : certificate.replacedAt());
    }

    /** For course administrators: certificates by course and organisation (null for all), replaced ones too. */
    @Transactional(readOnly = true)
    public List<Certificate> search(@Nullable String courseId, @Nullable OrganisationId organisation) {
        return store.search(courseId, organisation, SEARCH_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<String> courseIds() {
        return store.courseIds();
    }

    /** The person's name as it is now, which a reissued certificate will carry. */
    @Transactional(readOnly = true)
    public String currentName(Certificate certificate) {
        return people.find(certificate.person()).map(PersonDetails::fullName).orElse(certificate.fullName());
    }

    /** Revokes a valid certificate for the reason given; verifying its code then says so, with the date. */
    @Transactional
    public void revoke(UUID id, String reason, PersonId by) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("certificate.reason-required");
        }
        if (why.length() > REASON_LENGTH) {
            throw new DomainException("certificate.reason-too-long");
        }
        Certificate certificate = store.lock(id).orElseThrow(() -> new DomainException("certificate.not-found"));
        if (certificate.status() != CertificateStatus.VALID) {
            throw new DomainException("certificate.not-valid");
        }
        store.revoke(id, why, by, clock.instant());
    }

    /**
     * Issues a valid certificate again with the person's name as it is now (after a correction), under a new code;
     * the old code then verifies as replaced, so a printed copy with the old name is not mistaken for the current.
     */
    @Transactional
    public Certificate reissue(UUID id) {
        Certificate certificate = store.lock(id).orElseThrow(() -> new DomainException("certificate.not-found"));
        if (certificate.status() != CertificateStatus.VALID) {
            throw new DomainException("certificate.not-valid");
        }
        return issuer.reissue(certificate);
    }

    /** Writes the certificates' PDFs as a zip, one file each; a course's logo is read once for all of them. */
    public void zip(List<Certificate> certificates, OutputStream out) {
        Map<String, Optional<CertificateDocument.Logo>> logos = new HashMap<>();
        try (var zip = new ZipOutputStream(out)) {
            // PDFs are compressed already: the fastest level saves the time, not the bytes.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Certificate certificate : certificates) {
                zip.putNextEntry(new ZipEntry(fileName(certificate)));
                zip.write(pdf.render(document(certificate, logos)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name that says what it is, in plain ASCII: kursbevis-course-name-code.pdf. */
    public static String fileName(Certificate certificate) {
        String name = java.text.Normalizer.normalize(certificate.fullName(), java.text.Normalizer.Form.NFD)
                .replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        return "kursbevis-" + certificate.courseId() + "-" + (name.isEmpty() ? "person" : name) + "-"
                + certificate.code() + ".pdf";
    }

    CertificateDocument document(Certificate c, Map<String, Optional<CertificateDocument.Logo>> logos) {
        var texts = MedvirkI18NProvider.bundle(c.language());
        var template = c.course().template();
        CertificateDocument.Logo logo = null;
        if (template != null && template.logo() != null) {
            logo = logos.computeIfAbsent(c.courseVersionId() + "/" + template.logo(), key -> media
                    .find(c.courseVersionId(), template.logo())
                    .map(file -> new CertificateDocument.Logo(file.sha256(), file.bytes()))).orElse(null);
        }
        var signer = template == null ? null : template.signer();
        int accent = template == null || template.accent() == null ? DEFAULT_ACCENT
                : Integer.parseInt(template.accent().substring(1), 16);
        return new CertificateDocument(c.id(), c.code(), verifyUrl(c), c.language(), c.fullName(),
                c.course().title().in(c.language()), c.courseVersion(), LocalDate.ofInstant(c.completedAt(), ZONE),
                c.minutes(), c.minutesMeasured(),
                c.course().levels().stream().map(level -> texts.getString("level." + level)).toList(),
                c.course().competence().stream().map(item -> item.text().in(c.language())).toList(), c.issuer(),
                logo, signer == null ? null : signer.name(), signer == null ? null : signer.title().in(c.language()),
                accent, c.issuedAt());
    }
}
