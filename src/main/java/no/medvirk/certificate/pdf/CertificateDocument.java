package no.medvirk.certificate.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.medvirk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * What one certificate shows, every text already in the certificate's language except the labels, which the
 * renderer takes from the message bundles.
 *
 * @param minutesMeasured true when {@code minutes} is the time the learner spent, false when it is the course's
 *        estimate
 * @param logo the course's logo, or null for Medvirk's own mark
 */
public record CertificateDocument(UUID id, String code, String verifyUrl, Language language, String fullName,
        String courseTitle, int courseVersion, LocalDate completedOn, int minutes, boolean minutesMeasured,
        List<String> levels, List<String> competence, String issuer, @Nullable Logo logo, @Nullable String signerName,
        @Nullable String signerTitle, int accentRgb, Instant issuedAt) {

    public CertificateDocument {
        levels = List.copyOf(levels);
        competence = List.copyOf(competence);
    }

    /** A PNG or JPEG; the key (its SHA-256) lets the renderer decode each logo once. */
    public record Logo(String key, byte[] bytes) {}
}
