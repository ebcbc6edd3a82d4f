package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A resource person's consent to be shown in the bank: who gave it, for what purpose and when; and, once withdrawn,
 * when and by whom. A person is shown only while one of their consents is in force.
 */
public record Consent(UUID id, UUID entryId, String entryTitle, String givenBy, String purpose, Instant givenAt,
        @Nullable Instant withdrawnAt, @Nullable String withdrawnBy) {

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
