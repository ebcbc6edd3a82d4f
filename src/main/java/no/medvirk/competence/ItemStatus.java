package no.medvirk.competence;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a person stands on one item: not started, in progress, achieved (when, and on which kinds of evidence) or
 * expired; and whether it expires soon (recertification).
 */
public record ItemStatus(String itemId, Status status, @Nullable Instant achievedAt, @Nullable Instant expiresAt,
        Set<EvidenceKind> evidence) {

    public enum Status {
        NOT_STARTED, IN_PROGRESS, ACHIEVED, EXPIRED;

        public String i18nKey() {
            return "competence.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** How long before expiry a person and their leader are told. */
    public static final java.time.Duration WARNING = java.time.Duration.ofDays(60);

    public static ItemStatus notStarted(String itemId) {
        return new ItemStatus(itemId, Status.NOT_STARTED, null, null, Set.of());
    }

    /** Achieved, and expiring within {@link #WARNING} of now. */
    public boolean expiresSoon(Instant now) {
        return status == Status.ACHIEVED && expiresAt != null && expiresAt.isBefore(now.plus(WARNING));
    }
}
