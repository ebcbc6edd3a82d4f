package no.medvirk.packages;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The package_attempt and package_sco_state tables. */
@Repository
class AttemptRows {

    /** An attempt as stored. */
    record Attempt(UUID id, UUID personId, PackageVersionId versionId, @Nullable String courseId, UUID registration,
            String commitToken, @Nullable String currentItem, String completion, String success,
            @Nullable BigDecimal scaled, @Nullable Instant finishedAt) {}

    /** The latest committed state of one SCO in an attempt. */
    record ScoState(String item, String cmi, long commitSeq, int commits, String entry, @Nullable String exit,
            @Nullable String location, String completion, String success, @Nullable BigDecimal scaled,
            long totalTimeMs, long sessionTimeMs, int interactions, boolean sessionOpen) {}

    private final JdbcTemplate jdbc;

    AttemptRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Attempt> byRegistration(UUID registration) {
        return one("where registration = ?", registration);
    }

    /** The person's unfinished attempt on this version, played alone (not as a course). */
    Optional<Attempt> openAlone(UUID person, PackageVersionId version) {
        return one("where person_id = ? and package_version_id = ? and course_id is null and finished_at is null "
                + "order by started_at desc limit 1", person, version.value());
    }

    /** Locks the attempt's row for a commit: commits of one attempt are applied one after the other. */
    Optional<Attempt> lockByToken(String token) {
        return one("where commit_token = ? for update", token);
    }

    void insert(Attempt attempt, Instant now) {
        jdbc.update("""
                insert into package_attempt (id, person_id, package_version_id, course_id, registration, commit_token,
                    started_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", attempt.id(), attempt.personId(),
                attempt.versionId().value(), attempt.courseId(), attempt.registration(), attempt.commitToken(),
                Timestamp.from(now), Timestamp.from(now));
    }

    void current(UUID attempt, String item, Instant now) {
        jdbc.update("update package_attempt set current_item = ?, updated_at = ? where id = ?", item,
                Timestamp.from(now), attempt);
    }

    void status(UUID attempt, String completion, String success, @Nullable BigDecimal scaled, boolean finished,
            Instant now) {
        jdbc.update("""
                update package_attempt set completion_status = ?, success_status = ?, score_scaled = ?, updated_at = ?,
                    finished_at = case when ? then coalesce(finished_at, ?) else finished_at end where id = ?""",
                completion, success, scaled, Timestamp.from(now), finished, Timestamp.from(now), attempt);
    }

    List<ScoState> states(UUID attempt) {
        return jdbc.query("select * from package_sco_state where attempt_id = ? order by item_identifier",
                (row, n) -> state(row), attempt);
    }

    Optional<ScoState> state(UUID attempt, String item) {
        return jdbc.query("select * from package_sco_state where attempt_id = ? and item_identifier = ?",
                (row, n) -> state(row), attempt, item).stream().findFirst();
    }

    /** A SCO session begins: the entry it gets is remembered, the session time starts at zero. */
    void open(UUID attempt, String item, String entry, Instant now) {
        jdbc.update("""
                insert into package_sco_state (attempt_id, item_identifier, cmi, commit_seq, entry, session_open,
                    committed_at) values (?, ?, '{}'::jsonb, 0, ?, true, ?)
                on conflict (attempt_id, item_identifier) do update set entry = excluded.entry, session_open = true,
                    session_time_ms = 0""", attempt, item, entry, Timestamp.from(now));
    }

    void save(UUID attempt, ScoState state, Instant now) {
        jdbc.update("""
                update package_sco_state set cmi = ?::jsonb, commit_seq = ?, commits = ?, exit = ?, location = ?,
                    completion_status = ?, success_status = ?, score_scaled = ?, total_time_ms = ?, session_time_ms = ?,
                    interactions = ?, session_open = ?, committed_at = ?
                where attempt_id = ? and item_identifier = ?""", state.cmi(), state.commitSeq(), state.commits(),
                state.exit(), state.location(), state.completion(), state.success(), state.scaled(),
                state.totalTimeMs(), state.sessionTimeMs(), state.interactions(), state.sessionOpen(),
                Timestamp.from(now), attempt, state.item());
    }

    private Optional<Attempt> one(String where, Object... arguments) {
        return jdbc.query("select * from package_attempt " + where, (row, n) -> attempt(row), arguments).stream()
                .findFirst();
    }

    private static Attempt attempt(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new Attempt(row.getObject("id", UUID.class), row.getObject("person_id", UUID.class),
                new PackageVersionId(row.getObject("package_version_id", UUID.class)), row.getString("course_id"),
                row.getObject("registration", UUID.class), row.getString("commit_token"),
                row.getString("current_item"), row.getString("completion_status"), row.getString("success_status"),
                row.getBigDecimal("score_scaled"), finished == null ? null : finished.toInstant());
    }

    private static ScoState state(ResultSet row) throws SQLException {
        return new ScoState(row.getString("item_identifier"), row.getString("cmi"), row.getLong("commit_seq"),
                row.getInt("commits"), row.getString("entry"), row.getString("exit"), row.getString("location"),
                row.getString("completion_status"), row.getString("success_status"),
                row.getBigDecimal("score_scaled"), row.getLong("total_time_ms"), row.getLong("session_time_ms"),
                row.getInt("interactions"), row.getBoolean("session_open"));
    }
}
