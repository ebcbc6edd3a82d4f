package no.medvirk.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.support.TestLearners;
import no.medvirk.support.TestLearning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What reports get of enrolments: the enrolment itself, and its sessions and quiz results read back from the LRS. */
@SpringBootTest
class EnrolmentFactsTest {

    @Autowired
    EnrolmentFacts facts;

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    PersonId newLearner() {
        return people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();
    }

    @Test
    void an_enrolment_comes_with_its_sessions_and_quiz_results_in_the_period() {
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        Enrolment enrolment = enrolments.start(newLearner(), "eksempelkurs");
        enrolments.terminated(enrolment, Duration.ofSeconds(754));
        enrolments.handIn(enrolment, TestLearning.quizzes(catalog, enrolment).getFirst(), Map.of());
        enrolments.terminated(enrolment, Duration.ofMinutes(2));

        var fact = facts.during(before, Instant.now().plus(1, ChronoUnit.MINUTES)).stream()
                .filter(f -> f.enrolmentId().equals(enrolment.id())).findFirst().orElseThrow();

        assertThat(fact.person()).isEqualTo(enrolment.person());
        assertThat(fact.courseId()).isEqualTo("eksempelkurs");
        assertThat(fact.courseVersionId()).isEqualTo(enrolment.courseVersionId());
        assertThat(fact.passed()).isFalse();
        assertThat(fact.score()).isNull();
        assertThat(fact.timeSpent()).isEqualTo(Duration.ofSeconds(874));
        assertThat(fact.quizResults()).singleElement().satisfies(q -> assertThat(q.passed()).isFalse());
    }

    @Test
    void a_completed_enrolment_is_passed_with_its_course_score() {
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        Enrolment enrolment = enrolments.start(newLearner(), "eksempelkurs");
        TestLearning.complete(enrolments, catalog, enrolment);

        var fact = facts.during(before, Instant.now().plus(1, ChronoUnit.MINUTES)).stream()
                .filter(f -> f.enrolmentId().equals(enrolment.id())).findFirst().orElseThrow();

        assertThat(fact.passed()).isTrue();
        assertThat(fact.finishedAt()).isNotNull();
        assertThat(fact.score()).isEqualTo(1.0);
        assertThat(fact.quizResults()).hasSize(TestLearning.quizzes(catalog, enrolment).size())
                .allSatisfy(q -> assertThat(q.passed()).isTrue());
    }

    @Test
    void an_enrolment_started_after_the_period_is_not_in_it() {
        Enrolment enrolment = enrolments.start(newLearner(), "eksempelkurs");

        var earlier = facts.during(Instant.now().minus(30, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.DAYS));

        assertThat(earlier).noneMatch(f -> f.enrolmentId().equals(enrolment.id()));
    }

    @Test
    void xapi_durations_of_fixed_length_are_read_and_others_left_out() {
        assertThat(EnrolmentFacts.duration("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThat(EnrolmentFacts.duration("PT12.34S")).isEqualTo(Duration.ofMillis(12_340));
        assertThat(EnrolmentFacts.duration("P1W")).isNull();
        assertThat(EnrolmentFacts.duration(null)).isNull();
    }
}
