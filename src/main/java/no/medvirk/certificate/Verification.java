package no.medvirk.certificate;

import java.time.Instant;
import java.time.LocalDate;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page may show of a code: only what a verifier needs. An unknown code shows nothing
 * else; a throttled client is told to wait and learns nothing of the code.
 */
public record Verification(Outcome outcome, @Nullable String fullName, @Nullable LocalizedText course,
        @Nullable LocalDate completedOn, @Nullable String issuer, @Nullable Instant changedAt) {

    public enum Outcome { VALID, REVOKED, REPLACED, UNKNOWN, THROTTLED }

    static Verification of(Outcome outcome) {
        return new Verification(outcome, null, null, null, null, null);
    }
}
