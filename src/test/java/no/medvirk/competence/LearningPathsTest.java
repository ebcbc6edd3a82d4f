package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.support.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LearningPathsTest {

    @Autowired
    LearningPaths paths;

    @Autowired
    CompetenceProfiles profiles;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Test
    void the_path_offers_the_courses_covering_open_items_and_drops_them_once_achieved() {
        PersonId person = people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();

        var steps = paths.of(person);
        assertThat(steps).extracting(LearningPaths.Step::courseId).contains("eksempelkurs");
        var sample = steps.stream().filter(s -> s.courseId().equals("eksempelkurs")).findFirst().orElseThrow();
        assertThat(sample.items()).allMatch(item -> item.startsWith("rep-")).contains("rep-tre-nivaer");

        profiles.recordCourseEvidence(person.value(), sample.items(), true, java.time.Instant.now(),
                "https://example.no/test", UUID.randomUUID());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(paths.of(person))
                .extracting(LearningPaths.Step::courseId).doesNotContain("eksempelkurs"));
    }
}
