package no.medvirk.resourcebank;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonDetails;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and registration. Sign-ups and cancellations for one event take turns: each locks the event's row
 * ({@code select ... for update}) before counting seats, so many people signing up at once never overfill it; those
 * beyond the capacity wait in the order they came, and a cancelled seat goes to the first in the queue.
 */
@Service
public class Events {

    private final JdbcTemplate jdbc;
    private final EntryRows rows;
    private final People people;
    private final Clock clock;

    Events(JdbcTemplate jdbc, EntryRows rows, People people, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.people = people;
        this.clock = clock;
    }

    /** Visible events that have not ended, soonest first. */
    @Transactional(readOnly = true)
    public List<EventSummary> upcoming(@Nullable UUID personId) {
        return jdbc.query("select " + EntryRows.COLUMNS + " from bank_entry e where e.kind = 'EVENT' and e.ends_at >= ?"
                + " and " + EntryRows.VISIBLE + " order by e.starts_at, lower(e.title)", EntryRows.ENTRY,
                Timestamp.from(clock.instant())).stream().map(e -> summary(e, personId)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EventSummary> find(UUID eventId, @Nullable UUID personId) {
        return rows.visible(eventId).filter(e -> e.kind() == EntryKind.EVENT).map(e -> summary(e, personId));
    }

    private EventSummary summary(Entry event, @Nullable UUID personId) {
        Map<String, Long> counts = jdbc.query("""
                select status, count(*) from bank_registration where entry_id = ? and status <> 'CANCELLED'
                group by status""", (row, n) -> Map.entry(row.getString(1), row.getLong(2)), event.id()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new EventSummary(event, counts.getOrDefault("CONFIRMED", 0L).intValue(),
                counts.getOrDefault("WAITING", 0L).intValue(),
                personId == null ? null : status(event.id(), personId).orElse(null));
    }

    /** Signs the person up: a seat while there are seats, otherwise a place on the waiting list. */
    @Transactional
    public RegistrationStatus register(UUID eventId, UUID personId) {
        Entry event = lock(eventId);
        if (event.content().cancelled()) {
            throw new DomainException("bank.event.cancelled");
        }
        if (!event.content().endsAt().isAfter(clock.instant())) {
            throw new DomainException("bank.event.over");
        }
        Optional<RegistrationStatus> existing = status(eventId, personId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Integer capacity = event.content().capacity();
        RegistrationStatus status = capacity == null || confirmed(eventId) < capacity
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        jdbc.update("""
                insert into bank_registration (id, entry_id, person_id, status, registered_at)
                values (?, ?, ?, ?, clock_timestamp())""", UUID.randomUUID(), eventId, personId, status.name());
        return status;
    }

    /** Cancels the person's registration; a seat they leave goes to the first on the waiting list. */
    @Transactional
    public void cancel(UUID eventId, UUID personId) {
        lock(eventId);
        Optional<RegistrationStatus> was = status(eventId, personId);
        if (was.isEmpty()) {
            return;
        }
        jdbc.update("""
                update bank_registration set status = 'CANCELLED', cancelled_at = ?
                where entry_id = ? and person_id = ? and status <> 'CANCELLED'""", Timestamp.from(clock.instant()),
                eventId, personId);
        if (was.get() == RegistrationStatus.CONFIRMED) {
            jdbc.update("""
                    update bank_registration set status = 'CONFIRMED', promoted_at = ?
                    where id = (select id from bank_registration
                        where entry_id = ? and status = 'WAITING' order by registered_at, id limit 1)""",
                    Timestamp.from(clock.instant()), eventId);
        }
    }

    /**
     * The seats that came to the person from the waiting list and that they have not yet dismissed the notice of,
     * for events that are visible and not over. No e-mail is sent: Medvirk has none; the notice is in the app.
     */
    @Transactional(readOnly = true)
    public List<SeatNotice> notices(UUID personId) {
        return jdbc.query("""
                select e.id, e.title, e.starts_at, r.promoted_at from bank_registration r
                join bank_entry e on e.id = r.entry_id
                where r.person_id = ? and r.status = 'CONFIRMED' and r.promoted_at is not null
                  and r.notice_seen_at is null and e.ends_at >= ?""" + " and " + EntryRows.VISIBLE
                + " order by e.starts_at", (row, n) -> new SeatNotice(row.getObject(1, UUID.class),
                row.getString(2), row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant()), personId,
                Timestamp.from(clock.instant()));
    }

    /** The person has seen that they got a seat: the notice is not shown again. */
    @Transactional
    public void dismissNotice(UUID eventId, UUID personId) {
        jdbc.update("""
                update bank_registration set notice_seen_at = ? where entry_id = ? and person_id = ?
                and status = 'CONFIRMED' and promoted_at is not null and notice_seen_at is null""",
                Timestamp.from(clock.instant()), eventId, personId);
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationStatus> status(UUID eventId, UUID personId) {
        return jdbc.queryForList("""
                select status from bank_registration where entry_id = ? and person_id = ? and status <> 'CANCELLED'""",
                String.class, eventId, personId).stream().map(RegistrationStatus::valueOf).findFirst();
    }

    /** Who has signed up, seats first and then the waiting list, each in the order they came. */
    @Transactional(readOnly = true)
    public List<Registrant> registrants(UUID eventId) {
        record Row(UUID personId, RegistrationStatus status, Instant at) {}
        List<Row> found = jdbc.query("""
                select person_id, status, registered_at from bank_registration
                where entry_id = ? and status <> 'CANCELLED' order by status, registered_at, id""",
                (row, n) -> new Row(row.getObject(1, UUID.class), RegistrationStatus.valueOf(row.getString(2)),
                        row.getTimestamp(3).toInstant()), eventId);
        Map<UUID, String> names = found.stream().map(Row::personId).distinct().collect(Collectors.toMap(
                Function.identity(), id -> people.find(new PersonId(id)).map(PersonDetails::fullName).orElse("")));
        return found.stream().map(r -> new Registrant(r.personId(), names.get(r.personId()), r.status(), r.at()))
                .toList();
    }

    private int confirmed(UUID eventId) {
        Integer count = jdbc.queryForObject("""
                select count(*) from bank_registration where entry_id = ? and status = 'CONFIRMED'""",
                Integer.class, eventId);
        return count == null ? 0 : count;
    }

    private Entry lock(UUID eventId) {
        List<UUID> locked = jdbc.queryForList("select id from bank_entry e where e.id = ? and e.kind = 'EVENT' and "
                + EntryRows.VISIBLE + " for update of e", UUID.class, eventId);
        if (locked.isEmpty()) {
            throw new DomainException("bank.not-found");
        }
        return rows.any(eventId).orElseThrow();
    }
}
