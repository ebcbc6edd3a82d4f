package no.medvirk.resourcebank;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The bank_entry table: reading and writing whole entries. The one rule of who may see what is {@link #VISIBLE}. */
@Repository
class EntryRows {

    /**
     * What anyone outside the administration may see: published entries, and a resource person only while a consent
     * of theirs is in force. Every public read (search, entry page, events, exports) goes through this condition.
     */
    static final String VISIBLE = """
            e.published and (e.kind <> 'PERSON' or exists (select 1 from bank_consent c
                where c.entry_id = e.id and c.withdrawn_at is null))""";

    static final String COLUMNS = """
            e.id, e.kind, e.title, e.summary, e.body, e.sources, e.examples, e.tags, e.audiences, e.level, e.region,
            e.languages, e.organisation, e.person_role, e.contact, e.person_id, e.link, e.licence, e.starts_at,
            e.ends_at, e.place, e.online_link, e.organiser, e.capacity, e.cancelled, e.agenda, e.questions,
            e.opens_at, e.closes_at, e.published, e.updated_at""";

    static final RowMapper<Entry> ENTRY = (row, n) -> new Entry(row.getObject("id", UUID.class), new EntryForm(
            EntryKind.valueOf(row.getString("kind")), row.getString("title"), row.getString("summary"),
            row.getString("body"), row.getString("sources"), row.getString("examples"), strings(row.getArray("tags")),
            strings(row.getArray("audiences")), row.getString("level"), row.getString("region"),
            strings(row.getArray("languages")), row.getString("organisation"), row.getString("person_role"),
            row.getString("contact"), row.getObject("person_id", UUID.class), row.getString("link"),
            row.getString("licence"), instant(row, "starts_at"), instant(row, "ends_at"), row.getString("place"),
            row.getString("online_link"), row.getString("organiser"), row.getObject("capacity", Integer.class),
            row.getBoolean("cancelled"), row.getString("agenda"), row.getString("questions"),
            instant(row, "opens_at"), instant(row, "closes_at")), row.getBoolean("published"),
            row.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;

    EntryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> visible(UUID id) {
        return jdbc.query("select " + COLUMNS + " from bank_entry e where e.id = ? and " + VISIBLE, ENTRY, id)
                .stream().findFirst();
    }

    Optional<Entry> any(UUID id) {
        return jdbc.query("select " + COLUMNS + " from bank_entry e where e.id = ?", ENTRY, id).stream().findFirst();
    }

    List<Entry> all() {
        return jdbc.query("select " + COLUMNS + " from bank_entry e order by e.kind, lower(e.title)", ENTRY);
    }

    List<Entry> visibleOfKind(EntryKind kind) {
        return jdbc.query("select " + COLUMNS + " from bank_entry e where e.kind = ? and " + VISIBLE
                + " order by lower(e.title)", ENTRY, kind.name());
    }

    void insert(UUID id, EntryForm f, Instant now) {
        jdbc.update("""
                insert into bank_entry (id, kind, title, summary, body, sources, examples, tags, audiences, level,
                    region, languages, organisation, person_role, contact, person_id, link, licence, starts_at, ends_at,
                    place, online_link, organiser, capacity, cancelled, agenda, questions, opens_at, closes_at,
                    published, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)
                """, id, f.kind().name(), f.title(), f.summary(), f.body(), f.sources(), f.examples(),
                array(f.tags()), array(f.audiences()), f.level(), f.region(), array(f.languages()), f.organisation(),
                f.personRole(), f.contact(), f.personId(), f.link(), f.licence(), timestamp(f.startsAt()),
                timestamp(f.endsAt()), f.place(), f.onlineLink(), f.organiser(), f.capacity(), f.cancelled(),
                f.agenda(), f.questions(), timestamp(f.opensAt()), timestamp(f.closesAt()), timestamp(now),
                timestamp(now));
    }

    void update(UUID id, EntryForm f, Instant now) {
        jdbc.update("""
                update bank_entry set title = ?, summary = ?, body = ?, sources = ?, examples = ?, tags = ?,
                    audiences = ?, level = ?, region = ?, languages = ?, organisation = ?, person_role = ?, contact = ?,
                    person_id = ?, link = ?, licence = ?, starts_at = ?, ends_at = ?, place = ?, online_link = ?,
                    organiser = ?, capacity = ?, cancelled = ?, agenda = ?, questions = ?, opens_at = ?, closes_at = ?,
                    updated_at = ?, version = version + 1
                where id = ?""", f.title(), f.summary(), f.body(), f.sources(), f.examples(), array(f.tags()),
                array(f.audiences()), f.level(), f.region(), array(f.languages()), f.organisation(), f.personRole(),
                f.contact(), f.personId(), f.link(), f.licence(), timestamp(f.startsAt()), timestamp(f.endsAt()),
                f.place(), f.onlineLink(), f.organiser(), f.capacity(), f.cancelled(), f.agenda(), f.questions(),
                timestamp(f.opensAt()), timestamp(f.closesAt()), timestamp(now), id);
    }

    void setPublished(UUID id, boolean published, Instant now) {
        jdbc.update("update bank_entry set published = ?, updated_at = ?, version = version + 1 where id = ?",
                published, timestamp(now), id);
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
