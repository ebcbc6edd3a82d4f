package no.medvirk.packages.cmi5;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.packages.PackageId;
import no.medvirk.packages.PackageVersionId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The cmi5_registration and cmi5_session tables. */
@Repository
class Cmi5Rows {

    /** A learner in a course package: the registration of every statement about it. */
    record Registration(UUID id, PackageId packageId, PersonId person, @Nullable String courseId) {}

    /** One launch of one AU, with its registration's learner and package. */
    record Session(UUID id, UUID registrationId, PersonId person, PackageId packageId, PackageVersionId versionId,
            String auId, String activityId, String fetchHash, @Nullable String tokenHash, Set<String> verbs,
            Instant launchedAt, @Nullable Instant fetchedAt, @Nullable Instant lastStatementAt,
            @Nullable Instant terminatedAt, @Nullable Instant abandonedAt) {

        boolean open() {
            return terminatedAt == null && abandonedAt == null;
        }

        /** When the AU was last heard from: its last statement, or the launch. */
        Instant lastHeard() {
            return lastStatementAt != null ? lastStatementAt : launchedAt;
        }

        /** Open, but silent for longer than the timeout: abandoned in all but name. */
        boolean idle(Instant now, Cmi5Properties properties) {
            return !now.isBefore(lastHeard().plus(properties.sessionTimeout()));
        }

        /** Whether the session's auth token opens /xapi at this time. */
        boolean tokenHolds(Instant now, Cmi5Properties properties) {
            return tokenHash != null && abandonedAt == null && !idle(now, properties)
                    && (terminatedAt == null || now.isBefore(terminatedAt.plus(properties.tokenAfterTerminated())));
        }
    }

    private static final String SESSION = """
            select s.id, s.registration_id, r.person_id, r.package_id, s.package_version_id, s.au_id, s.activity_id,
                   s.fetch_hash, s.token_hash, s.verbs, s.launched_at, s.fetched_at, s.last_statement_at,
                   s.terminated_at, s.abandoned_at
            from cmi5_session s join cmi5_registration r on r.id = s.registration_id
            """;

    private final JdbcTemplate jdbc;

    Cmi5Rows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Registration> registration(PackageId packageId, PersonId person) {
        return jdbc.query("select id, package_id, person_id, course_id from cmi5_registration "
                + "where package_id = ? and person_id = ?", (row, n) -> registration(row), packageId.value(),
                person.value()).stream().findFirst();
    }

    /** The registration, its row locked until the transaction ends: one evaluation of its moveOn at a time. */
    Optional<Registration> lockRegistration(UUID id) {
        return jdbc.query("select id, package_id, person_id, course_id from cmi5_registration where id = ? for update",
                (row, n) -> registration(row), id).stream().findFirst();
    }

    /** Which of these registrations are cmi5 ones. */
    Set<UUID> knownRegistrations(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select id from cmi5_registration where id = any(?)", UUID.class,
                (Object) ids.toArray(UUID[]::new)));
    }

    /** Inserts the registration unless another launch just did; returns the one that stands. */
    Registration insertRegistration(PackageId packageId, PersonId person, @Nullable String courseId, Instant now) {
        jdbc.update("insert into cmi5_registration (id, package_id, person_id, course_id, created_at) "
                + "values (?, ?, ?, ?, ?) on conflict (package_id, person_id) do nothing", UUID.randomUUID(),
                packageId.value(), person.value(), courseId, Timestamp.from(now));
        return registration(packageId, person).orElseThrow();
    }

    void setCourse(UUID registration, String courseId) {
        jdbc.update("update cmi5_registration set course_id = ? where id = ?", courseId, registration);
    }

    void insertSession(UUID id, UUID registration, PackageVersionId version, String auId, String activityId,
            String fetchHash, Instant now) {
        jdbc.update("""
                insert into cmi5_session (id, registration_id, package_version_id, au_id, activity_id, fetch_hash,
                    launched_at)
                values (?, ?, ?, ?, ?, ?, ?)""", id, registration, version.value(), auId, activityId, fetchHash,
                Timestamp.from(now));
    }

    Optional<Session> session(UUID id) {
        return jdbc.query(SESSION + " where s.id = ?", (row, n) -> session(row), id).stream().findFirst();
    }

    /** The session, its row locked until the transaction ends: one batch of its statements at a time. */
    Optional<Session> lockSession(UUID id) {
        return jdbc.query(SESSION + " where s.id = ? for update of s", (row, n) -> session(row), id).stream()
                .findFirst();
    }

    /** The registration's sessions that have neither terminated nor been abandoned, locked. */
    List<Session> lockOpenSessions(UUID registration) {
        return jdbc.query(SESSION + " where s.registration_id = ? and s.terminated_at is null "
                + "and s.abandoned_at is null order by s.launched_at for update of s", (row, n) -> session(row),
                registration);
    }

    /** Open sessions launched before this time, for the idle check to look at (it locks each it abandons). */
    List<UUID> openSessionsLaunchedBefore(Instant time) {
        return jdbc.queryForList("select id from cmi5_session where terminated_at is null and abandoned_at is null "
                + "and launched_at < ?", UUID.class, Timestamp.from(time));
    }

    /** Hands out the token once: false when the fetch URL had been used already. */
    boolean markFetched(UUID session, String tokenHash, Instant now) {
        return jdbc.update("update cmi5_session set token_hash = ?, fetched_at = ? where id = ? and fetched_at is null",
                tokenHash, Timestamp.from(now), session) == 1;
    }

    void saveProgress(UUID session, Set<String> verbs, Instant lastStatementAt, @Nullable Instant terminatedAt) {
        jdbc.update("update cmi5_session set verbs = ?, last_statement_at = ?, terminated_at = ? where id = ?",
                verbs.toArray(String[]::new), Timestamp.from(lastStatementAt),
                terminatedAt == null ? null : Timestamp.from(terminatedAt), session);
    }

    void markAbandoned(UUID session, Instant now) {
        jdbc.update("update cmi5_session set abandoned_at = ? where id = ?", Timestamp.from(now), session);
    }

    private static Registration registration(ResultSet row) throws SQLException {
        return new Registration(row.getObject(1, UUID.class), new PackageId(row.getObject(2, UUID.class)),
                new PersonId(row.getObject(3, UUID.class)), row.getString(4));
    }

    private static Session session(ResultSet row) throws SQLException {
        return new Session(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                new PersonId(row.getObject(3, UUID.class)), new PackageId(row.getObject(4, UUID.class)),
                new PackageVersionId(row.getObject(5, UUID.class)), row.getString(6), row.getString(7),
                row.getString(8), row.getString(9), verbs(row.getArray(10)), row.getTimestamp(11).toInstant(),
                instant(row, 12), instant(row, 13), instant(row, 14), instant(row, 15));
    }

    private static Set<String> verbs(Array array) throws SQLException {
        return new LinkedHashSet<>(List.of((String[]) array.getArray()));
    }

    private static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
