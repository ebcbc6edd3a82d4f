package no.medvirk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.medvirk.identity.OrganisationId;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** What a report covers: the days from and to (both included), and optionally one organisation and one course. */
public record ReportFilter(LocalDate from, LocalDate to, @Nullable OrganisationId organisation,
        @Nullable String courseId) {

    public ReportFilter {
        if (to.isBefore(from)) {
            throw new DomainException("reports.period-reversed");
        }
    }

    /** The twelve calendar months up to and including today's. */
    public static ReportFilter lastTwelveMonths(LocalDate today) {
        return new ReportFilter(today.withDayOfMonth(1).minusMonths(11), today, null, null);
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
