package no.medvirk.certificate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The time a learner spent in a registration, read from the LRS: the result.duration of each terminated session,
 * plus the session still open when the course was completed (the learner is usually still in the player then, so
 * its terminated statement comes later), counted from its initialized statement and capped at a working day.
 * The same verbs that Medvirk's player records are what cmi5 requires of an AU, so packages count alike.
 */
@Component
class TimeSpent {

    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final Duration OPEN_SESSION_CAP = Duration.ofHours(8);

    private final LearningRecordStore lrs;

    TimeSpent(LearningRecordStore lrs) {
        this.lrs = lrs;
    }

    /** The time spent up to {@code completedAt}; zero when nothing was measured. */
    Duration in(UUID registration, Instant completedAt) {
        List<Step> steps = new ArrayList<>();
        var query = new StatementQuery(null, null, null, registration, false, false, null, null, 0, true, null, null);
        for (var page = lrs.query(query); ; page = lrs.query(page.more().orElseThrow())) {
            for (JsonNode statement : page.statements()) {
                String verb = XapiJson.text(statement.path("verb"), "id");
                Instant at = instant(XapiJson.text(statement, "timestamp"));
                if (at != null && (ADL + "initialized").equals(verb)) {
                    steps.add(new Step(at, null));
                } else if (at != null && (ADL + "terminated").equals(verb)) {
                    Duration duration = duration(XapiJson.text(statement.path("result"), "duration"));
                    steps.add(new Step(at, duration == null ? Duration.ZERO : duration));
                }
            }
            if (page.more().isEmpty()) {
                break;
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        Duration total = Duration.ZERO;
        Instant open = null;
        for (Step step : steps) {
            if (step.duration() == null) {
                open = step.at();
            } else {
                total = total.plus(step.duration());
                open = null;
            }
        }
        if (open != null && open.isBefore(completedAt)) {
            Duration still = Duration.between(open, completedAt);
            total = total.plus(still.compareTo(OPEN_SESSION_CAP) > 0 ? OPEN_SESSION_CAP : still);
        }
        return total;
    }

    private record Step(Instant at, @Nullable Duration duration) {}

    private static @Nullable Instant instant(@Nullable String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Duration duration(@Nullable String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : Duration.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
