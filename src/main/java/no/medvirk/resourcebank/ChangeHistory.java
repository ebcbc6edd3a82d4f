package no.medvirk.resourcebank;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes and reads what was done to each entry, by whom and when. */
@Component
class ChangeHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChangeHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID entryId, Actor actor, Change.Action action, String detail) {
        jdbc.update("""
                insert into bank_change (id, entry_id, changed_at, actor_id, actor_name, action, detail)
                values (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), entryId,
                java.sql.Timestamp.from(clock.instant()), actor.personId(), actor.name(), action.name(), detail);
    }

    List<Change> of(UUID entryId) {
        return jdbc.query("""
                select changed_at, actor_name, action, detail from bank_change where entry_id = ?
                order by changed_at desc, id""", (row, n) -> new Change(row.getTimestamp(1).toInstant(),
                row.getString(2), Change.Action.valueOf(row.getString(3)), row.getString(4)), entryId);
    }
}
