package no.medvirk.competence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the frameworks' items across many people, for reports: per group the caller chooses (reporting groups
 * by organisation) and item, how many people follow the item's level and how many have it achieved now. Counted by
 * PostgreSQL: the people's targets and the levels' items go in as arrays and are joined with competence_status.
 */
@Service
public class CompetenceCoverage {

    private final JdbcTemplate jdbc;
    private final CompetenceProfiles profiles;
    private final CompetenceFrameworks frameworks;
    private final Clock clock;

    CompetenceCoverage(JdbcTemplate jdbc, CompetenceProfiles profiles, CompetenceFrameworks frameworks, Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** Per group and item that anyone in the group follows, in the frameworks' order of items. */
    @Transactional(readOnly = true)
    public List<ItemCoverage> coverage(Map<PersonId, String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LevelRef>> targets = profiles.targets(groups.keySet().stream().map(PersonId::value).toList());
        List<UUID> persons = new ArrayList<>();
        List<String> personGroups = new ArrayList<>();
        List<String> personLevels = new ArrayList<>();
        targets.forEach((person, levels) -> levels.forEach(level -> {
            persons.add(person);
            personGroups.add(groups.get(new PersonId(person)));
            personLevels.add(level.frameworkId() + "/" + level.levelId());
        }));
        Map<String, Item> items = new HashMap<>();
        List<String> itemIds = new ArrayList<>();
        List<String> itemLevels = new ArrayList<>();
        for (Framework framework : frameworks.current()) {
            for (Item item : framework.allItems()) {
                items.put(item.id(), item);
                itemIds.add(item.id());
                itemLevels.add(item.frameworkId() + "/" + item.levelId());
            }
        }
        List<ItemCoverage> coverage = new ArrayList<>();
        jdbc.query("""
                with target (person_id, grp, level) as (select * from unnest(?::uuid[], ?::text[], ?::text[])),
                     item (item_id, level) as (select * from unnest(?::text[], ?::text[]))
                select t.grp, i.item_id, count(*) as following,
                       count(*) filter (where s.achieved and (s.expires_at is null or s.expires_at > ?)) as achieved
                from target t join item i on i.level = t.level
                left join competence_status s on s.person_id = t.person_id and s.item_id = i.item_id
                group by t.grp, i.item_id""", row -> {
                    coverage.add(new ItemCoverage(row.getString(1), items.get(row.getString(2)), row.getLong(3),
                            row.getLong(4)));
                }, persons.toArray(UUID[]::new), personGroups.toArray(String[]::new),
                personLevels.toArray(String[]::new), itemIds.toArray(String[]::new),
                itemLevels.toArray(String[]::new), Timestamp.from(clock.instant()));
        coverage.sort(java.util.Comparator.comparing((ItemCoverage c) -> c.group())
                .thenComparing(c -> itemIds.indexOf(c.item().id())));
        return coverage;
    }
}
