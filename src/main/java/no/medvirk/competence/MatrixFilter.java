package no.medvirk.competence;

import no.medvirk.identity.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * What a leader's overview shows: one of their units or all of them, one level's items or the items of the levels
 * the people follow, and only the people with at least one shown item in a state (gaps, expiring soon, ...).
 */
public record MatrixFilter(@Nullable UnitId unit, @Nullable LevelRef level, @Nullable Show show) {

    public static final MatrixFilter ALL = new MatrixFilter(null, null, null);

    /** Which people to keep: those with at least one shown item that is ... */
    public enum Show {
        /** not started, in progress or expired. */
        GAPS,
        NOT_STARTED,
        IN_PROGRESS,
        EXPIRED,
        /** achieved, but expiring within {@link ItemStatus#WARNING}: due for recertification. */
        EXPIRING_SOON,
        ACHIEVED;

        public String i18nKey() {
            return "competence-overview.show." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        boolean matches(ItemStatus status, java.time.Instant now) {
            return switch (this) {
                case GAPS -> status.status() != ItemStatus.Status.ACHIEVED;
                case NOT_STARTED -> status.status() == ItemStatus.Status.NOT_STARTED;
                case IN_PROGRESS -> status.status() == ItemStatus.Status.IN_PROGRESS;
                case EXPIRED -> status.status() == ItemStatus.Status.EXPIRED;
                case EXPIRING_SOON -> status.expiresSoon(now);
                case ACHIEVED -> status.status() == ItemStatus.Status.ACHIEVED;
            };
        }
    }
}
