package no.medvirk.certificate;

import java.util.UUID;
import no.medvirk.identity.PersonId;

/** Published when a certificate is issued, the first time or again after a correction. */
public record CertificateIssued(UUID certificateId, PersonId person, String courseId, UUID courseVersionId) {}
