package no.medvirk.resourcebank;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.medvirk.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource persons' consents. A course administrator records a consent given to them (on paper, by e-mail); a person
 * with a Medvirk account linked to their entry gives and withdraws their own. Withdrawing hides the person at once:
 * every public read checks for a consent in force when it runs.
 */
@Service
public class Consents {

    private static final RowMapper<Consent> CONSENT = (row, n) -> new Consent(row.getObject(1, UUID.class),
            row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getString(5),
            row.getTimestamp(6).toInstant(), row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant(),
            row.getString(8));
    private static final String SELECT = """
            select c.id, c.entry_id, e.title, c.given_by, c.purpose, c.given_at, c.withdrawn_at, c.withdrawn_by
            from bank_consent c join bank_entry e on e.id = c.entry_id""";
    public static final int PURPOSE_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final EntryRows rows;
    private final ChangeHistory history;
    private final Clock clock;

    Consents(JdbcTemplate jdbc, EntryRows rows, ChangeHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.history = history;
        this.clock = clock;
    }

    /** A course administrator records the consent a person gave: who gave it, for what, and when. */
    @Transactional
    public UUID record(UUID entryId, String givenBy, String purpose, Instant givenAt, Actor recorder) {
        if (givenBy.isBlank() || purpose.isBlank()) {
            throw new DomainException("bank.consent.required");
        }
        if (givenAt.isAfter(clock.instant())) {
            throw new DomainException("bank.consent.in-future");
        }
        person(entryId);
        return insert(entryId, givenBy.strip(), purpose.strip(), givenAt, recorder);
    }

    /** The person gives consent themselves, through the account linked to their entry. */
    @Transactional
    public UUID giveOwn(UUID entryId, Actor person, String purpose) {
        Entry entry = person(entryId);
        if (!person.personId().equals(entry.content().personId())) {
            throw new DomainException("bank.consent.not-yours");
        }
        return insert(entryId, person.name(), purpose, clock.instant(), person);
    }

    private UUID insert(UUID entryId, String givenBy, String purpose, Instant givenAt, Actor actor) {
        if (purpose.length() > PURPOSE_LENGTH || givenBy.length() > 200) {
            throw new DomainException("bank.validation.too-long");
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into bank_consent (id, entry_id, given_by, purpose, given_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)""", id, entryId, givenBy, purpose, Timestamp.from(givenAt),
                actor.personId());
        history.record(entryId, actor, Change.Action.CONSENT_RECORDED, givenBy + ": " + purpose);
        return id;
    }

    /** The person withdraws a consent of their own; from this moment they are not shown. */
    @Transactional
    public void withdrawOwn(UUID consentId, Actor person) {
        Consent consent = consent(consentId);
        Entry entry = person(consent.entryId());
        if (!person.personId().equals(entry.content().personId())) {
            throw new DomainException("bank.consent.not-yours");
        }
        withdraw(consent, person);
    }

    /** A course administrator withdraws a consent on the person's behalf (they asked by phone, say). */
    @Transactional
    public void withdrawFor(UUID consentId, Actor administrator) {
        withdraw(consent(consentId), administrator);
    }

    private void withdraw(Consent consent, Actor actor) {
        int changed = jdbc.update("""
                update bank_consent set withdrawn_at = ?, withdrawn_by = ? where id = ? and withdrawn_at is null""",
                Timestamp.from(clock.instant()), actor.name(), consent.id());
        if (changed > 0) {
            history.record(consent.entryId(), actor, Change.Action.CONSENT_WITHDRAWN, consent.purpose());
        }
    }

    @Transactional(readOnly = true)
    public List<Consent> of(UUID entryId) {
        return jdbc.query(SELECT + " where c.entry_id = ? order by c.given_at desc", CONSENT, entryId);
    }

    /** The entries linked to a person's account, which they may give consent for. */
    @Transactional(readOnly = true)
    public List<Entry> entriesOf(UUID personId) {
        return jdbc.query("select " + EntryRows.COLUMNS + " from bank_entry e where e.person_id = ? and e.kind = ?"
                + " order by lower(e.title)", EntryRows.ENTRY, personId, EntryKind.PERSON.name());
    }

    /** Every consent on the entries linked to a person's account, in force or withdrawn. */
    @Transactional(readOnly = true)
    public List<Consent> mine(UUID personId) {
        return jdbc.query(SELECT + " where e.person_id = ? order by c.given_at desc", CONSENT, personId);
    }

    private Consent consent(UUID id) {
        return jdbc.query(SELECT + " where c.id = ?", CONSENT, id).stream().findFirst()
                .orElseThrow(() -> new DomainException("bank.not-found"));
    }

    private Entry person(UUID entryId) {
        Entry entry = rows.any(entryId).orElseThrow(() -> new DomainException("bank.not-found"));
        if (entry.kind() != EntryKind.PERSON) {
            throw new DomainException("bank.consent.not-a-person");
        }
        return entry;
    }
}
