package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.support.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Coverage counts, per group and item, those who follow the item's level and those of them who have it now. */
@SpringBootTest
class CompetenceCoverageTest {

    @Autowired
    CompetenceCoverage coverage;

    @Autowired
    CompetenceProfiles profiles;

    @Autowired
    CompetenceFrameworks frameworks;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    PersonId learner() {
        return people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();
    }

    @Test
    void each_group_counts_its_followers_and_those_who_achieved_the_item() {
        PersonId first = learner();
        PersonId second = learner();
        PersonId third = learner();
        var representatives = frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels()
                .getFirst();
        String item = representatives.items().getFirst().id();
        profiles.recordCourseEvidence(first.value(), Set.of(item), true, Instant.now(), "https://x", UUID.randomUUID());
        profiles.recordCourseEvidence(second.value(), Set.of(item), false, Instant.now(), "https://x",
                UUID.randomUUID());
        var systemLevel = new LevelRef(CompetenceProfiles.NATIONAL_ADVICE, "ledere-systemniva");
        profiles.chooseTargets(third, List.of(systemLevel));

        List<ItemCoverage> counted = coverage.coverage(Map.of(first, "a", second, "a", third, "b"));

        assertThat(counted).filteredOn(c -> c.group().equals("a")).extracting(c -> c.item().id())
                .containsExactlyElementsOf(representatives.items().stream().map(Item::id).toList());
        assertThat(counted).filteredOn(c -> c.group().equals("a") && c.item().id().equals(item)).singleElement()
                .satisfies(c -> {
                    assertThat(c.following()).isEqualTo(2);
                    assertThat(c.achieved()).isEqualTo(1);
                    assertThat(c.share()).isEqualTo(0.5);
                });
        assertThat(counted).filteredOn(c -> c.group().equals("a") && !c.item().id().equals(item))
                .allSatisfy(c -> assertThat(c.achieved()).isZero());
        assertThat(counted).filteredOn(c -> c.group().equals("b"))
                .allSatisfy(c -> {
                    assertThat(c.item().levelId()).isEqualTo("ledere-systemniva");
                    assertThat(c.following()).isEqualTo(1);
                }).isNotEmpty();
        assertThat(coverage.coverage(Map.of())).isEmpty();
    }
}
