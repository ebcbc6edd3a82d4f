package no.medvirk.certificate;

import java.time.Instant;
import java.util.UUID;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.Language;
import org.jspecify.annotations.Nullable;

/** A certificate as issued, with what became of it since (revoked, replaced). */
public record Certificate(UUID id, String code, PersonId person, String courseId, UUID courseVersionId,
        int courseVersion, String fullName, OrganisationId organisationId, String organisationName, Language language,
        CourseSnapshot course, int minutes, boolean minutesMeasured, Instant completedAt, Instant issuedAt,
        @Nullable UUID replaces, @Nullable UUID replacedBy, @Nullable Instant replacedAt, @Nullable Instant revokedAt,
        @Nullable String revokedReason) {

    public CertificateStatus status() {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return replacedBy == null ? CertificateStatus.VALID : CertificateStatus.REPLACED;
    }

    /** The organisation the certificate names as issuer: the course's own, or the learner's. */
    public String issuer() {
        var template = course.template();
        return template != null && template.issuer() != null ? template.issuer() : organisationName;
    }
}
