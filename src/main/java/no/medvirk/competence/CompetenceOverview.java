package no.medvirk.competence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.UnitDetails;
import no.medvirk.identity.UnitMembers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a leader sees of their people's competence: the matrix of people and items, and one person's items with
 * their evidence. Everything starts from the units the leader leads ({@link Organisations#ledBy}), so nobody
 * outside them can appear, whatever the filter or the id asked for. Reads only: a handful of queries whatever the
 * number of people (members, targets, statuses).
 */
@Service
@Transactional(readOnly = true)
public class CompetenceOverview {

    private final CompetenceProfiles profiles;
    private final CompetenceFrameworks frameworks;
    private final Organisations organisations;
    private final Clock clock;

    CompetenceOverview(CompetenceProfiles profiles, CompetenceFrameworks frameworks, Organisations organisations,
            Clock clock) {
        this.profiles = profiles;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.clock = clock;
    }

    public CompetenceMatrix matrix(PersonId leader, MatrixFilter filter) {
        Instant now = clock.instant();
        List<UnitMembers> led = organisations.ledBy(leader);
        List<UUID> everyone = led.stream().flatMap(u -> u.members().stream()).map(m -> m.id().value()).toList();
        Map<UUID, List<LevelRef>> targets = profiles.targets(everyone);
        Map<LevelRef, CompetenceMatrix.FollowedLevel> known = levels();
        List<UnitMembers> shownUnits = led.stream()
                .filter(u -> filter.unit() == null || u.unit().id().equals(filter.unit())).toList();
        Set<LevelRef> shownLevels = new HashSet<>();
        if (filter.level() != null) {
            shownLevels.add(filter.level());
        } else {
            shownUnits.forEach(u -> u.members().forEach(m -> shownLevels.addAll(targets.get(m.id().value()))));
        }
        List<Item> items = itemsOf(shownLevels);
        Set<String> itemIds = new HashSet<>(items.stream().map(Item::id).toList());
        List<UUID> shownPeople = shownUnits.stream().flatMap(u -> u.members().stream())
                .map(m -> m.id().value()).toList();
        // Statuses are read when a row is first looked at, a chunk of people at a time: the page a leader sees costs
        // its own people, not all 10,000; a status filter or an export still reads everyone, chunk by chunk.
        var statuses = new PagedStatuses(shownPeople, chunk -> profiles.statusOf(chunk, itemIds));
        // Most people follow the same few levels: each combination's shown items are worked out once.
        Map<List<LevelRef>, Set<String>> followedBy = new java.util.HashMap<>();
        List<CompetenceMatrix.Row> rows = new ArrayList<>();
        for (UnitMembers unit : shownUnits) {
            for (UnitMembers.Member member : unit.members()) {
                Set<String> followed = followedBy.computeIfAbsent(targets.get(member.id().value()), levels -> {
                    Set<String> ids = new HashSet<>();
                    itemsOf(new HashSet<>(levels)).forEach(i -> {
                        if (itemIds.contains(i.id())) {
                            ids.add(i.id());
                        }
                    });
                    return Set.copyOf(ids);
                });
                var row = new CompetenceMatrix.Row(member.id(), member.fullName(), unit.unit(), followed,
                        statuses.of(member.id().value()));
                if (filter.show() == null || followed.stream()
                        .anyMatch(item -> filter.show().matches(row.status(item), now))) {
                    rows.add(row);
                }
            }
        }
        return new CompetenceMatrix(now, filter, led.stream().map(UnitMembers::unit).toList(),
                List.copyOf(known.values()), items, rows);
    }

    /** One of the leader's people; empty for anyone outside the units the leader leads. */
    public Optional<PersonCompetence> person(PersonId leader, PersonId person) {
        Optional<UnitDetails> unit = Optional.empty();
        String name = "";
        for (UnitMembers led : organisations.ledBy(leader)) {
            for (UnitMembers.Member member : led.members()) {
                if (member.id().equals(person)) {
                    unit = Optional.of(led.unit());
                    name = member.fullName();
                }
            }
        }
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Map<LevelRef, CompetenceMatrix.FollowedLevel> known = levels();
        Map<String, ItemStatus> statuses = profiles.statusOf(person);
        List<PersonCompetence.Entry> entries = new ArrayList<>();
        for (LevelRef level : profiles.targets(person)) {
            for (Item item : itemsOf(Set.of(level))) {
                entries.add(new PersonCompetence.Entry(item, known.get(level),
                        statuses.getOrDefault(item.id(), ItemStatus.notStarted(item.id())),
                        profiles.evidence(person, item.id())));
            }
        }
        return Optional.of(new PersonCompetence(person, name, unit.get(), entries));
    }

    /** Every published level, in the frameworks' order and each framework's own. */
    private Map<LevelRef, CompetenceMatrix.FollowedLevel> levels() {
        Map<LevelRef, CompetenceMatrix.FollowedLevel> levels = new LinkedHashMap<>();
        for (Framework framework : frameworks.current()) {
            for (Level level : framework.levels()) {
                var ref = new LevelRef(framework.id(), level.id());
                levels.put(ref, new CompetenceMatrix.FollowedLevel(ref, framework.title(), level.title()));
            }
        }
        return levels;
    }

    private List<Item> itemsOf(Set<LevelRef> levels) {
        List<Item> items = new ArrayList<>();
        for (Framework framework : frameworks.current()) {
            for (Level level : framework.levels()) {
                if (levels.contains(new LevelRef(framework.id(), level.id()))) {
                    items.addAll(level.items());
                }
            }
        }
        return items;
    }
}
