package no.medvirk.packages.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.support.TestCertificates;
import no.medvirk.support.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The LMS's own statements: satisfied for blocks and the course as moveOn is met (once per registration, in the
 * session that met it), the catalog course's completed and passed that make a certificate, abandoned for a session
 * left open, and waived.
 */
class Cmi5MoveOnTest extends Cmi5Fixture {

    static final String BLOCK_TYPE = "https://w3id.org/xapi/cmi5/activitytype/block";
    static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Certificates certificates;

    @Autowired
    Cmi5Ids ids;

    @Test
    void blocks_and_the_course_are_satisfied_as_their_aus_are_and_the_catalog_course_is_then_passed()
            throws Exception {
        PersonId person = people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();
        var quiz = au(launch(person, course.quiz, "eksempelkurs")).start();
        UUID registration = UUID.fromString(quiz.launch.get("registration"));

        assertThat(satisfiedObjects(registration, 1)).as("block 2 holds only NotApplicable: satisfied at once")
                .containsExactly(id(course.block2));

        quiz.sendOk(quiz.statement("initialized", true), quiz.completed());
        Thread.sleep(500);
        assertThat(satisfiedObjects(registration, 1)).as("the quiz's moveOn is Passed: completed is not enough")
                .containsExactly(id(course.block2));
        quiz.sendOk(quiz.passed(0.85), quiz.terminated());
        assertThat(satisfiedObjects(registration, 2)).containsExactly(id(course.block2), id(course.block1));
        JsonNode block1 = statements(verb("satisfied"), registration).get(1);
        assertThat(block1.path("object").path("definition").path("type").stringValue()).isEqualTo(BLOCK_TYPE);
        assertThat(block1.path("context").path("extensions")
                .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").stringValue())
                .as("in the session that met it").isEqualTo(quiz.sessionId());
        assertThat(block1.path("context").path("contextActivities").path("grouping").toString())
                .contains(course.block1);

        var reading = au(launch(person, course.reading, "eksempelkurs")).start();
        reading.sendOk(reading.statement("initialized", true), reading.completed(), reading.terminated());

        assertThat(satisfiedObjects(registration, 3)).containsExactly(id(course.block2), id(course.block1),
                ids.activityId(course.version.packageId(), course.version.items()));
        JsonNode satisfiedCourse = statements(verb("satisfied"), registration).get(2);
        assertThat(satisfiedCourse.path("object").path("definition").path("type").stringValue()).isEqualTo(COURSE_TYPE);
        List<JsonNode> catalog = eventually(() -> statements(verb("passed"), registration).stream()
                .filter(s -> s.path("object").path("id").stringValue().endsWith("/xapi/activities/courses/eksempelkurs"))
                .toList(), list -> !list.isEmpty());
        assertThat(catalog).hasSize(1);
        assertThat(statements(verb("completed"), registration)).anySatisfy(s -> assertThat(
                s.path("object").path("id").stringValue()).endsWith("/xapi/activities/courses/eksempelkurs"));
        var certificate = TestCertificates.issuedFor(certificates, person, Duration.ofSeconds(20));
        assertThat(certificate.courseId()).isEqualTo("eksempelkurs");
        Thread.sleep(500);
        assertThat(statements(verb("satisfied"), registration)).as("satisfied once per block and course").hasSize(3);
    }

    @Test
    void a_new_launch_abandons_the_session_left_open_and_its_token_stops_working() {
        var first = au(launch(learner, course.quiz, null)).start();
        first.sendOk(first.statement("initialized", true));
        var second = launch(learner, course.quiz, null);

        var abandoned = statements(verb("abandoned"), second.registration());
        assertThat(abandoned).hasSize(1);
        JsonNode statement = abandoned.getFirst();
        assertThat(statement.path("context").path("extensions")
                .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").stringValue())
                .isEqualTo(first.sessionId());
        assertThat(statement.path("result").path("duration").stringValue()).startsWith("PT");
        assertThat(statement.path("object").path("id").stringValue()).isEqualTo(first.launch.get("activityId"));
        assertThat(first.send(first.statement("experienced", false)).statusCode()).isEqualTo(401);

        launch(learner, course.quiz, null);
        assertThat(statements(verb("abandoned"), second.registration())).as("the second, never fetched, as well")
                .hasSize(2);
    }

    @Test
    void a_waived_au_counts_as_met_and_is_waived_once() throws Exception {
        var quiz = au(launch(learner, course.quiz, null)).start();
        UUID registration = UUID.fromString(quiz.launch.get("registration"));
        courses.waive(learner, course.version.id(), course.reading, Cmi5Courses.WaiveReason.ADMINISTRATIVE);
        courses.waive(learner, course.version.id(), course.reading, Cmi5Courses.WaiveReason.TESTED_OUT);

        var waived = statements(verb("waived"), registration);
        assertThat(waived).hasSize(1);
        assertThat(waived.getFirst().path("result").toString()).isEqualTo("{\"success\":true,\"completion\":true,"
                + "\"extensions\":{\"https://w3id.org/xapi/cmi5/result/extensions/reason\":\"Administrative\"}}");
        quiz.sendOk(quiz.statement("initialized", true), quiz.passed(0.8));
        assertThat(satisfiedObjects(registration, 3)).contains(ids.activityId(course.version.packageId(),
                course.version.items()));
    }

    private String id(String publisherId) {
        return ids.activityId(course.version.packageId(), course.version.manifest().item(publisherId).orElseThrow());
    }

    /** The objects of the registration's satisfied statements, oldest first, once there are this many. */
    private List<String> satisfiedObjects(UUID registration, int expected) throws InterruptedException {
        return eventually(() -> statements(verb("satisfied"), registration).stream()
                .map(s -> s.path("object").path("id").stringValue()).toList(), list -> list.size() >= expected);
    }
}
