package no.medvirk.learning;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Enrolments as facts for reports, read only. Enrolments come from learning's own table; what happened in them
 * (sessions and their length, quiz results, the course score) is read back from the LRS through its API, one scan per
 * verb over the period, so the LRS stays the one record of what learners did.
 */
@Service
public class EnrolmentFacts {

    /** Statements may carry a timestamp a little before they were stored; scan a day either side, then keep exactly. */
    private static final Duration SLACK = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final LearningRecordStore lrs;
    private final LearningStatements statements;

    EnrolmentFacts(JdbcTemplate jdbc, LearningRecordStore lrs, LearningStatements statements) {
        this.jdbc = jdbc;
        this.lrs = lrs;
        this.statements = statements;
    }

    /**
     * The enrolments open at some time in [from, to): started before {@code to} and not finished before
     * {@code from}; each with the sessions and quiz results whose statements are timestamped within the period.
     */
    @Transactional(readOnly = true)
    public List<EnrolmentFact> during(Instant from, Instant to) {
        Map<UUID, Collecting> byId = new LinkedHashMap<>();
        jdbc.query("""
                select id, person_id, course_id, course_version_id, started_at, finished_at from enrolment
                where started_at < ? and (finished_at is null or finished_at >= ?) order by started_at""",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> {
                    Timestamp finished = row.getTimestamp(6);
                    var fact = new Collecting(row.getObject(1, UUID.class),
                            new PersonId(row.getObject(2, UUID.class)), row.getString(3),
                            row.getObject(4, UUID.class), row.getTimestamp(5).toInstant(),
                            finished == null ? null : finished.toInstant());
                    byId.put(fact.id, fact);
                }, Timestamp.from(to), Timestamp.from(from));
        if (!byId.isEmpty()) {
            scan("terminated", from, to, byId, (fact, statement, at) -> {
                Duration duration = duration(XapiJson.text(statement.path("result"), "duration"));
                if (duration != null) {
                    fact.sessions.add(new EnrolmentFact.Session(at, duration));
                }
            });
            scan("passed", from, to, byId, (fact, statement, at) -> {
                if (isCourse(fact, statement)) {
                    JsonNode scaled = statement.path("result").path("score").path("scaled");
                    fact.score = scaled.isNumber() ? scaled.asDouble() : null;
                } else {
                    fact.quizResults.add(new EnrolmentFact.QuizResult(at, true));
                }
            });
            scan("failed", from, to, byId, (fact, statement, at) -> {
                if (!isCourse(fact, statement)) {
                    fact.quizResults.add(new EnrolmentFact.QuizResult(at, false));
                }
            });
        }
        return byId.values().stream().map(Collecting::fact).toList();
    }

    private boolean isCourse(Collecting fact, JsonNode statement) {
        return statements.courseActivity(fact.courseId).equals(XapiJson.text(statement.path("object"), "id"));
    }

    /** Every statement with the verb, in the period, in a registration that is one of the enrolments. */
    private void scan(String verb, Instant from, Instant to, Map<UUID, Collecting> byId, Collector collector) {
        var query = new StatementQuery(null, LearningStatements.ADL + verb, null, null, false, false,
                from.minus(SLACK), to.plus(SLACK), 0, true, null, null);
        for (var page = lrs.query(query); ; page = lrs.query(page.more().orElseThrow())) {
            for (JsonNode statement : page.statements()) {
                String registration = XapiJson.text(statement.path("context"), "registration");
                Collecting fact = registration == null ? null : byId.get(UUID.fromString(registration));
                String timestamp = XapiJson.text(statement, "timestamp");
                Instant at = timestamp == null ? null : java.time.OffsetDateTime.parse(timestamp).toInstant();
                if (fact != null && at != null && !at.isBefore(from) && at.isBefore(to)) {
                    collector.collect(fact, statement, at);
                }
            }
            if (page.more().isEmpty()) {
                return;
            }
        }
    }

    /** An ISO 8601 duration as xAPI has it; one in years, months or weeks (no fixed length) is left out. */
    static @Nullable Duration duration(@Nullable String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : Duration.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Collector {
        void collect(Collecting fact, JsonNode statement, Instant at);
    }

    private static final class Collecting {
        final UUID id;
        final PersonId person;
        final String courseId;
        final UUID versionId;
        final Instant startedAt;
        final @Nullable Instant finishedAt;
        @Nullable Double score;
        final List<EnrolmentFact.Session> sessions = new ArrayList<>();
        final List<EnrolmentFact.QuizResult> quizResults = new ArrayList<>();

        Collecting(UUID id, PersonId person, String courseId, UUID versionId, Instant startedAt,
                @Nullable Instant finishedAt) {
            this.id = id;
            this.person = person;
            this.courseId = courseId;
            this.versionId = versionId;
            this.startedAt = startedAt;
            this.finishedAt = finishedAt;
        }

        EnrolmentFact fact() {
            return new EnrolmentFact(id, person, courseId, versionId, startedAt, finishedAt, score, sessions,
                    quizResults);
        }
    }
}
