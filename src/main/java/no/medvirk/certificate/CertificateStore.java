package no.medvirk.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The certificate table, in SQL. */
@Repository
class CertificateStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLUMNS = """
            id, code, person_id, course_id, course_version_id, course_version, full_name, organisation_id,
            organisation_name, language, course::text, minutes, minutes_measured, completed_at, issued_at, replaces,
            replaced_by, (select r.issued_at from certificate r where r.id = c.replaced_by) as replaced_at, revoked_at,
            revoked_reason""";

    private final JdbcTemplate jdbc;

    CertificateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the certificate unless the person already has one for the version; true when it was inserted. */
    boolean insert(Certificate c, @Nullable UUID statementId) {
        return jdbc.update("""
                insert into certificate (id, code, person_id, course_id, course_version_id, course_version, full_name,
                    organisation_id, organisation_name, language, course, minutes, minutes_measured, completed_at,
                    issued_at, statement_id, replaces)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
                on conflict (person_id, course_version_id) where replaced_by is null do nothing""",
                c.id(), c.code(), c.person().value(), c.courseId(), c.courseVersionId(), c.courseVersion(),
                c.fullName(), c.organisationId().value(), c.organisationName(), c.language().code(),
                JSON.writeValueAsString(c.course()), c.minutes(), c.minutesMeasured(), Timestamp.from(c.completedAt()),
                Timestamp.from(c.issuedAt()), statementId, c.replaces()) == 1;
    }

    /** Marks the old certificate replaced by the new one (inserted in the same transaction, just after). */
    void replace(UUID old, UUID replacement) {
        jdbc.update("update certificate set replaced_by = ? where id = ?", replacement, old);
    }

    void revoke(UUID id, String reason, PersonId by, Instant at) {
        jdbc.update("update certificate set revoked_at = ?, revoked_reason = ?, revoked_by = ? where id = ?",
                Timestamp.from(at), reason, by.value(), id);
    }

    /** Locks the row for a change made from what was read (reissue, revoke). */
    Optional<Certificate> lock(UUID id) {
        return jdbc.query("select " + COLUMNS + " from certificate c where id = ? for update", this::row, id).stream()
                .findFirst();
    }

    Optional<Certificate> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from certificate c where id = ?", this::row, id).stream().findFirst();
    }

    Optional<Certificate> byCode(String code) {
        return jdbc.query("select " + COLUMNS + " from certificate c where code = ?", this::row, code).stream()
                .findFirst();
    }

    Optional<Certificate> current(PersonId person, UUID courseVersionId) {
        return jdbc.query("select " + COLUMNS + " from certificate c where person_id = ? and course_version_id = ? "
                + "and replaced_by is null", this::row, person.value(), courseVersionId).stream().findFirst();
    }

    /** The person's certificates that are not replaced, newest first. */
    List<Certificate> of(PersonId person) {
        return jdbc.query("select " + COLUMNS + " from certificate c where person_id = ? and replaced_by is null "
                + "order by c.completed_at desc", this::row, person.value());
    }

    /** For course administrators: by course and organisation (null: all), replaced ones too, newest first. */
    List<Certificate> search(@Nullable String courseId, @Nullable OrganisationId organisation, int limit) {
        var sql = new StringBuilder("select " + COLUMNS + " from certificate c where true");
        var args = new ArrayList<Object>();
        if (courseId != null) {
            sql.append(" and course_id = ?");
            args.add(courseId);
        }
        if (organisation != null) {
            sql.append(" and organisation_id = ?");
            args.add(organisation.value());
        }
        sql.append(" order by c.issued_at desc, c.id limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), this::row, args.toArray());
    }

    /** The courses that have certificates, for the administrator's filter. */
    List<String> courseIds() {
        return jdbc.queryForList("select distinct course_id from certificate order by course_id", String.class);
    }

    private Certificate row(ResultSet row, int n) throws SQLException {
        return new Certificate(row.getObject(1, UUID.class), row.getString(2),
                new PersonId(row.getObject(3, UUID.class)), row.getString(4), row.getObject(5, UUID.class),
                row.getInt(6), row.getString(7), new OrganisationId(row.getObject(8, UUID.class)), row.getString(9),
                Language.ofCode(row.getString(10)), JSON.readValue(row.getString(11), CourseSnapshot.class),
                row.getInt(12), row.getBoolean(13), instant(row, 14), instant(row, 15), row.getObject(16, UUID.class),
                row.getObject(17, UUID.class), instantOrNull(row, 18), instantOrNull(row, 19), row.getString(20));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
