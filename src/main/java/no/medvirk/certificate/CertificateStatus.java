package no.medvirk.certificate;

/** Whether a certificate stands: valid, revoked by a course administrator, or replaced by a reissued one. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    REPLACED
}
