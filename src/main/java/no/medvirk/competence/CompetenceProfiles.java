package no.medvirk.competence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitMembers;
import no.medvirk.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's competence: the levels they follow, their evidence per item (course steps from the LRS,
 * self-assessment, their leader's confirmation) and the status that follows, kept up to date when evidence
 * changes rather than worked out on every page view.
 */
@Service
public class CompetenceProfiles {

    /** The framework of Helsedirektoratet's national professional advice. */
    public static final String NATIONAL_ADVICE = "nasjonale-faglige-rad";

    private final JdbcTemplate jdbc;
    private final CompetenceFrameworks frameworks;
    private final People people;
    private final Organisations organisations;
    private final Clock clock;

    CompetenceProfiles(JdbcTemplate jdbc, CompetenceFrameworks frameworks, People people,
            Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.people = people;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The status of every item the person has any evidence for; other items are not started. */
    @Transactional(readOnly = true)
    public Map<String, ItemStatus> statusOf(PersonId person) {
        return statusOf(List.of(person.value())).getOrDefault(person.value(), Map.of());
    }

    /** The statuses of many people at once, by person id and item id. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, ItemStatus>> statusOf(Collection<UUID> persons) {
        return statuses(STATUSES + "where person_id = any(?)", (Object) persons.toArray(UUID[]::new));
    }

    /** The statuses of many people on these items only (the leader's overview), by person id and item id. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, ItemStatus>> statusOf(Collection<UUID> persons, Collection<String> items) {
        return statuses(STATUSES + "where person_id = any(?) and item_id = any(?)", persons.toArray(UUID[]::new),
                items.toArray(String[]::new));
    }

    /**
     * Times as epoch milliseconds: a number is read faster than a timestamp's text over 100,000s of rows (date_part
     * gives a double; extract would give a slower numeric).
     */
    private static final String STATUSES = """
            select person_id, item_id, achieved, (date_part('epoch', achieved_at) * 1000)::int8,
                   (date_part('epoch', expires_at) * 1000)::int8, evidence
            from competence_status\s""";

    private Map<UUID, Map<String, ItemStatus>> statuses(String sql, Object... arguments) {
        long now = clock.millis();
        Map<UUID, Map<String, ItemStatus>> all = new HashMap<>();
        // Few combinations of evidence kinds exist: each is parsed once, not once per row.
        Map<String, Set<EvidenceKind>> kindsOf = new HashMap<>();
        jdbc.query(sql, row -> {
            long achievedAt = row.getLong(4);
            Instant achieved = row.wasNull() ? null : Instant.ofEpochMilli(achievedAt);
            long expiresAt = row.getLong(5);
            Instant expires = row.wasNull() ? null : Instant.ofEpochMilli(expiresAt);
            ItemStatus.Status status = !row.getBoolean(3) ? ItemStatus.Status.IN_PROGRESS
                    : expires != null && expiresAt <= now ? ItemStatus.Status.EXPIRED
                    : ItemStatus.Status.ACHIEVED;
            Set<EvidenceKind> kinds = kindsOf.computeIfAbsent(row.getString(6), CompetenceProfiles::kinds);
            String itemId = row.getString(2);
            all.computeIfAbsent(row.getObject(1, UUID.class), p -> new HashMap<>()).put(itemId,
                    new ItemStatus(itemId, status, achieved, expires, kinds));
        }, arguments);
        return all;
    }

    private static Set<EvidenceKind> kinds(String codes) {
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                kinds.add(EvidenceKind.of(code));
            }
        }
        return java.util.Collections.unmodifiableSet(kinds);
    }

    /** Everything the person has shown for an item, newest first. */
    @Transactional(readOnly = true)
    public List<EvidenceEntry> evidence(PersonId person, String itemId) {
        return jdbc.query("""
                select kind, achieved, recorded_at, source, comment from competence_evidence
                where person_id = ? and item_id = ? order by recorded_at desc""",
                (row, n) -> new EvidenceEntry(EvidenceKind.of(row.getString(1)), row.getBoolean(2),
                        row.getTimestamp(3).toInstant(), row.getString(4), row.getString(5)), person.value(), itemId);
    }

    /**
     * The levels the person follows: those they chose, else one from their roles (leaders the service-level
     * leaders', everyone else the representatives').
     */
    @Transactional(readOnly = true)
    public List<LevelRef> targets(PersonId person) {
        List<LevelRef> chosen = jdbc.query("select framework_id, level_id from competence_target where person_id = ?",
                (row, n) -> new LevelRef(row.getString(1), row.getString(2)), person.value());
        List<LevelRef> existing = chosen.stream().filter(this::exists).toList();
        if (!existing.isEmpty()) {
            return existing;
        }
        boolean leader = people.find(person).map(p -> p.roles().contains(Role.LEADER)).orElse(false);
        return defaultTargets(leader);
    }

    /** The levels many people follow, by person id, with the same rule as {@link #targets}; in two queries. */
    @Transactional(readOnly = true)
    public Map<UUID, List<LevelRef>> targets(Collection<UUID> persons) {
        Map<UUID, List<LevelRef>> chosen = new HashMap<>();
        jdbc.query("select person_id, framework_id, level_id from competence_target where person_id = any(?)", row -> {
            var level = new LevelRef(row.getString(2), row.getString(3));
            if (exists(level)) {
                chosen.computeIfAbsent(row.getObject(1, UUID.class), p -> new ArrayList<>()).add(level);
            }
        }, (Object) persons.toArray(UUID[]::new));
        Set<PersonId> leaders = chosen.size() == persons.size() ? Set.of() : people.withRole(Role.LEADER);
        List<LevelRef> forLeaders = defaultTargets(true);
        List<LevelRef> forOthers = defaultTargets(false);
        Map<UUID, List<LevelRef>> targets = new HashMap<>();
        for (UUID person : persons) {
            List<LevelRef> own = chosen.get(person);
            targets.put(person, own != null ? own
                    : leaders.contains(new PersonId(person)) ? forLeaders : forOthers);
        }
        return targets;
    }

    private List<LevelRef> defaultTargets(boolean leader) {
        String audience = leader ? "service-leader" : "representative";
        // The national advice first: it is what representatives and leaders are expected to meet.
        return frameworks.current().stream()
                .sorted(java.util.Comparator.comparing(f -> !NATIONAL_ADVICE.equals(f.id())))
                .flatMap(f -> f.levels().stream().filter(level -> audience.equals(level.audience()))
                        .map(level -> new LevelRef(f.id(), level.id())))
                .limit(1).toList();
    }

    /** The person chooses the levels they follow; at least one. */
    @Transactional
    public void chooseTargets(PersonId person, Collection<LevelRef> levels) {
        if (levels.isEmpty()) {
            throw new DomainException("competence.targets-empty");
        }
        if (!levels.stream().allMatch(this::exists)) {
            throw new DomainException("competence.level-unknown");
        }
        jdbc.update("delete from competence_target where person_id = ?", person.value());
        levels.forEach(level -> jdbc.update("insert into competence_target (person_id, framework_id, level_id) "
                + "values (?, ?, ?)", person.value(), level.frameworkId(), level.levelId()));
    }

    /** The checklist statements the person has ticked, as "framework/statement". */
    @Transactional(readOnly = true)
    public Set<String> ticked(PersonId person) {
        return new LinkedHashSet<>(jdbc.queryForList("select distinct source from competence_evidence "
                + "where person_id = ? and kind = 'self'", String.class, person.value()));
    }

    /** Ticks or unticks a statement of the person's self-assessment; its items' status follows. */
    @Transactional
    public void selfAssess(PersonId person, String frameworkId, String statementId, boolean ticked) {
        Checklist.Statement statement = frameworks.framework(frameworkId).stream()
                .flatMap(f -> f.levels().stream()).flatMap(l -> l.checklist().statements().stream())
                .filter(s -> s.id().equals(statementId)).findFirst()
                .orElseThrow(() -> new DomainException("competence.statement-unknown"));
        String source = frameworkId + "/" + statementId;
        lock(List.of(person.value()));
        jdbc.update("delete from competence_evidence where person_id = ? and kind = 'self' and source = ?",
                person.value(), source);
        if (ticked) {
            Timestamp now = Timestamp.from(clock.instant());
            statement.items().forEach(item -> jdbc.update("""
                    insert into competence_evidence (id, person_id, item_id, kind, achieved, recorded_at, source)
                    values (?, ?, ?, 'self', true, ?, ?)""", UUID.randomUUID(), person.value(), item, now, source));
        }
        recompute(person.value(), statement.items());
    }

    /**
     * The person's leader confirms an item, with a comment saying what they saw. Only a leader of the person's
     * unit may; anyone else is refused as if the person did not exist.
     */
    @Transactional
    public void confirm(PersonId leader, PersonId person, String itemId, String comment) {
        if (!leads(leader, person)) {
            throw new DomainException("competence.not-your-person");
        }
        if (frameworks.frameworkOf(itemId).isEmpty()) {
            throw new DomainException("competence.item-unknown");
        }
        if (comment.isBlank()) {
            throw new DomainException("competence.comment-required");
        }
        String leaderName = people.find(leader).map(p -> p.fullName()).orElse("");
        lock(List.of(person.value()));
        jdbc.update("""
                insert into competence_evidence (id, person_id, item_id, kind, achieved, recorded_at, source, comment)
                values (?, ?, ?, 'leader', true, ?, ?, ?)""", UUID.randomUUID(), person.value(), itemId,
                Timestamp.from(clock.instant()), leaderName, comment.strip());
        recompute(person.value(), List.of(itemId));
    }

    /** Whether the leader leads a unit the person belongs to. */
    @Transactional(readOnly = true)
    public boolean leads(PersonId leader, PersonId person) {
        return organisations.ledBy(leader).stream().flatMap(unit -> unit.members().stream())
                .anyMatch(member -> member.id().equals(person));
    }

    /** The people in the units the leader leads, by unit. */
    @Transactional(readOnly = true)
    public List<UnitMembers> peopleLedBy(PersonId leader) {
        return organisations.ledBy(leader);
    }

    /**
     * Course evidence from the LRS: a step on an activity that maps to items (see {@link CourseEvidence}, which
     * has locked the person).
     */
    @Transactional
    void recordCourseEvidence(UUID person, Collection<String> items, boolean achieved, Instant at, String activityId,
            UUID statementId) {
        List<String> fresh = new ArrayList<>();
        for (String item : items) {
            // An unfinished step is recorded once per item: enough to show "in progress" without a row per click.
            if (achieved || jdbc.queryForList("select 1 from competence_evidence where person_id = ? and item_id = ? "
                    + "and kind = 'course' limit 1", Integer.class, person, item).isEmpty()) {
                jdbc.update("""
                        insert into competence_evidence
                            (id, person_id, item_id, kind, achieved, recorded_at, source, statement_id)
                        values (?, ?, ?, 'course', ?, ?, ?, ?)""", UUID.randomUUID(), person, item, achieved,
                        Timestamp.from(at), activityId, statementId);
                fresh.add(item);
            }
        }
        recompute(person, fresh);
    }

    /** A voided statement's evidence no longer counts. */
    @Transactional
    void withdrawCourseEvidence(UUID statementId) {
        Map<UUID, List<String>> affected = new HashMap<>();
        jdbc.query("delete from competence_evidence where statement_id = ? returning person_id, item_id",
                row -> {
                    affected.computeIfAbsent(row.getObject(1, UUID.class), p -> new ArrayList<>())
                            .add(row.getString(2));
                }, statementId);
        affected.forEach(this::recompute);
    }

    /** Works the status of these items out again from the person's evidence, and stores it. */
    void recompute(UUID person, Collection<String> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, List<StatusRule.Piece>> byItem = new HashMap<>();
        jdbc.query("select item_id, kind, achieved, recorded_at from competence_evidence "
                + "where person_id = ? and item_id = any(?)", row -> {
                    byItem.computeIfAbsent(row.getString(1), i -> new ArrayList<>()).add(new StatusRule.Piece(
                            EvidenceKind.of(row.getString(2)), row.getBoolean(3), row.getTimestamp(4).toInstant()));
                }, person, items.toArray(String[]::new));
        Instant now = clock.instant();
        for (String item : new LinkedHashSet<>(items)) {
            Optional<Framework> framework = frameworks.frameworkOf(item);
            List<StatusRule.Piece> pieces = byItem.getOrDefault(item, List.of());
            if (framework.isEmpty() || pieces.isEmpty()) {
                jdbc.update("delete from competence_status where person_id = ? and item_id = ?", person, item);
                continue;
            }
            ItemStatus status = StatusRule.apply(item, framework.get(), pieces, now);
            jdbc.update("""
                    insert into competence_status
                        (person_id, item_id, framework_id, achieved, achieved_at, expires_at, evidence, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (person_id, item_id) do update set framework_id = excluded.framework_id,
                        achieved = excluded.achieved, achieved_at = excluded.achieved_at,
                        expires_at = excluded.expires_at, evidence = excluded.evidence,
                        updated_at = excluded.updated_at""",
                    person, item, framework.get().id(), status.achievedAt() != null,
                    status.achievedAt() == null ? null : Timestamp.from(status.achievedAt()),
                    status.expiresAt() == null ? null : Timestamp.from(status.expiresAt()),
                    status.evidence().stream().map(EvidenceKind::code).sorted().collect(Collectors.joining(",")),
                    Timestamp.from(now));
        }
    }

    /**
     * Serialises the changes to these people's evidence: each recomputation must see the evidence the others
     * committed, and two writers must not update the same status rows in different orders (a deadlock). Locks are
     * taken in one order and held to the end of the transaction.
     */
    void lock(Collection<UUID> persons) {
        persons.stream().distinct().sorted().forEach(person -> jdbc.query(
                "select pg_advisory_xact_lock(" + LOCK_SPACE + ", hashtext(?))", row -> { }, person.toString()));
    }

    /** The first key of Medvirk's two-key advisory locks on people's competence. */
    private static final int LOCK_SPACE = 5;

    /** The people whose evidence came from these statements (so a voiding can lock them first). */
    @Transactional(readOnly = true)
    List<UUID> personsWithEvidenceFrom(Collection<UUID> statementIds) {
        return statementIds.isEmpty() ? List.of() : jdbc.queryForList(
                "select distinct person_id from competence_evidence where statement_id = any(?)", UUID.class,
                (Object) statementIds.toArray(UUID[]::new));
    }

    private boolean exists(LevelRef ref) {
        return frameworks.framework(ref.frameworkId()).stream().flatMap(f -> f.levels().stream())
                .anyMatch(level -> level.id().equals(ref.levelId()));
    }
}
