package no.medvirk.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiJson;
import no.medvirk.support.QuizAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Enrolling and taking lessons: every step a statement in the LRS, progress read back from it. */
@SpringBootTest
class EnrolmentsTest {

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    LearningRecordStore lrs;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    no.medvirk.identity.Organisations organisations;

    PersonId person(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    /** A learner of its own, so that what other tests did in the shared database does not count here. */
    PersonId newLearner() {
        return person(no.medvirk.support.TestLearners.create(people, organisations));
    }

    @Test
    void starting_a_course_records_launched_for_the_person_by_id_and_never_by_e_mail() {
        PersonId learner = newLearner();

        Enrolment enrolment = enrolments.start(learner, "eksempelkurs");

        var statements = lrs.query(new StatementQuery(null, null, null, enrolment.id(), false, false, null, null, 0,
                false, null, null)).statements();
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(XapiJson.text(s.path("verb"), "id")).isEqualTo("http://adlnet.gov/expapi/verbs/launched");
            assertThat(XapiJson.text(s.path("actor").path("account"), "name")).isEqualTo(learner.toString());
            assertThat(s.toString()).doesNotContain("@example.no");
        });
        assertThat(enrolments.start(learner, "eksempelkurs").id()).isEqualTo(enrolment.id());
    }

    @Test
    void progress_counts_the_lessons_the_lrs_has_seen_experienced() {
        Enrolment enrolment = enrolments.start(newLearner(), "eksempelkurs");
        CourseSource course = catalog.version(enrolment.courseVersionId()).orElseThrow().course();
        var lessons = course.modules().stream().flatMap(m -> m.items().stream())
                .filter(CourseSource.Lesson.class::isInstance).toList();

        assertThat(enrolments.progress(enrolment).done()).isZero();
        enrolments.experienced(enrolment, lessons.getFirst().path());
        enrolments.experienced(enrolment, lessons.getFirst().path());

        Progress progress = enrolments.progress(enrolment);
        assertThat(progress.done()).isEqualTo(1);
        assertThat(progress.total()).isEqualTo(Enrolments.items(catalog.version(enrolment.courseVersionId())
                .orElseThrow()).size());
        assertThatThrownBy(() -> enrolments.experienced(enrolment, "eksempelkurs/finnes-ikke.md"))
                .hasMessage("learning.lesson-not-found");
    }

    @Test
    void a_learner_in_progress_keeps_the_version_they_started_and_newcomers_get_the_newest() {
        PersonId leder = newLearner();
        Enrolment started = enrolments.start(leder, "eksempelkurs");
        UUID newer = UUID.randomUUID();
        jdbc.update("""
                insert into course_version (id, course_id, number, content_hash, source, imported_at)
                select ?, course_id, number + 1000, md5(random()::text), source, now() from course_version
                where id = ?""", newer, started.courseVersionId());
        jdbc.update("update course set current_version = ? where id = 'eksempelkurs'", newer);
        try {
            assertThat(enrolments.start(leder, "eksempelkurs").courseVersionId()).isEqualTo(started.courseVersionId());
            assertThat(enrolments.start(newLearner(), "eksempelkurs").courseVersionId()).isEqualTo(newer);
        } finally {
            jdbc.update("update course set current_version = ? where id = 'eksempelkurs'", started.courseVersionId());
            jdbc.update("delete from enrolment where course_version_id = ?", newer);
            jdbc.update("delete from course_version where id = ?", newer);
        }
    }

    @Test
    void experiencing_every_lesson_and_passing_every_quiz_completes_the_course() {
        Enrolment enrolment = enrolments.start(newLearner(), "eksempelkurs");
        var version = catalog.version(enrolment.courseVersionId()).orElseThrow();
        for (CourseSource.Item item : Enrolments.items(version)) {
            if (item instanceof CourseSource.Lesson lesson) {
                enrolments.experienced(enrolment, lesson.path());
            }
        }
        List<CourseSource.Quiz> quizzes = Enrolments.items(version).stream()
                .filter(CourseSource.Quiz.class::isInstance).map(CourseSource.Quiz.class::cast).toList();

        var failed = enrolments.handIn(enrolment, quizzes.getFirst(), Map.of());
        assertThat(failed.passed()).isFalse();
        quizzes.forEach(quiz -> assertThat(enrolments.handIn(enrolment, quiz, QuizAnswers.right(quiz)).passed()).isTrue());

        assertThat(enrolments.progress(enrolment).complete()).isTrue();
        assertThat(enrolments.open(enrolment.person(), "eksempelkurs")).isEmpty();
        var verbs = lrs.query(new StatementQuery(null, null, null, enrolment.id(), false, false, null, null, 0, false,
                null, null)).statements().stream().map(s -> XapiJson.text(s.path("verb"), "id")).toList();
        assertThat(verbs).contains("http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/failed",
                "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/completed");
        var coursePassed = lrs.query(new StatementQuery(null, "http://adlnet.gov/expapi/verbs/passed",
                null, enrolment.id(), false, false, null, null, 0, false, null, null)).statements().stream()
                .filter(s -> XapiJson.text(s.path("object"), "id").endsWith("/courses/eksempelkurs")).toList();
        assertThat(coursePassed).singleElement()
                .satisfies(s -> assertThat(s.path("result").path("score").path("scaled").asDouble()).isEqualTo(1.0));
    }

    @Test
    void a_lesson_done_for_the_first_time_moves_the_course_on_and_a_session_is_bracketed() {
        Enrolment enrolment = enrolments.start(newLearner(), "eksempelkurs");
        var version = catalog.version(enrolment.courseVersionId()).orElseThrow();
        var lesson = (CourseSource.Lesson) Enrolments.items(version).getFirst();
        int total = Enrolments.items(version).size();

        enrolments.initialized(enrolment);
        assertThat(enrolments.experienced(enrolment, lesson.path(), java.util.Set.of()).done()).isEqualTo(1);
        enrolments.experienced(enrolment, lesson.path(), java.util.Set.of(lesson.path()));
        enrolments.terminated(enrolment, java.time.Duration.ofMillis(83_456));

        var progressed = statements(enrolment, "progressed");
        assertThat(progressed).singleElement().satisfies(s -> assertThat(s.path("result").path("extensions")
                .path("https://w3id.org/xapi/cmi5/result/extensions/progress").asInt())
                .isEqualTo(Math.round(100f / total)));
        assertThat(statements(enrolment, "initialized")).hasSize(1);
        assertThat(statements(enrolment, "terminated")).singleElement().satisfies(s -> assertThat(
                XapiJson.text(s.path("result"), "duration")).isEqualTo("PT1M23.45S"));
        assertThat(statements(enrolment, "experienced")).hasSize(2);
    }

    @Test
    void a_question_checked_on_its_own_is_answered_once_and_named_in_both_languages() {
        Enrolment enrolment = enrolments.start(newLearner(), "eksempelkurs");
        var version = catalog.version(enrolment.courseVersionId()).orElseThrow();
        var quiz = Enrolments.items(version).stream().filter(CourseSource.Quiz.class::isInstance)
                .map(CourseSource.Quiz.class::cast).findFirst().orElseThrow();
        var question = quiz.questions().stream().filter(CourseSource.Question::scored).findFirst().orElseThrow();
        var right = QuizAnswers.right(quiz);

        assertThat(enrolments.answer(enrolment, quiz, question, right.get(question.id()))).isTrue();
        assertThat(enrolments.handIn(enrolment, quiz, right, java.util.Set.of(question.id())).passed()).isTrue();

        var answered = statements(enrolment, "answered");
        assertThat(answered).hasSize(quiz.questions().size());
        var first = answered.stream().filter(s -> XapiJson.text(s.path("object"), "id")
                .endsWith("/questions/" + question.id())).toList();
        assertThat(first).singleElement().satisfies(s -> {
            var definition = s.path("object").path("definition");
            int number = quiz.questions().indexOf(question) + 1;
            assertThat(XapiJson.text(definition.path("name"), "nb-NO")).startsWith("Spørsmål " + number + " i «");
            assertThat(XapiJson.text(definition.path("name"), "en-US")).startsWith("Question " + number + " in");
            assertThat(XapiJson.text(definition.path("description"), "nb-NO")).isEqualTo(question.text());
            assertThat(s.path("result").path("success").asBoolean()).isTrue();
        });
        assertThat(statements(enrolment, "progressed")).hasSize(1);
    }

    private List<tools.jackson.databind.JsonNode> statements(Enrolment enrolment, String verb) {
        return lrs.query(new StatementQuery(null, "http://adlnet.gov/expapi/verbs/" + verb, null, enrolment.id(),
                false, false, null, null, 0, false, null, null)).statements();
    }


    @Test
    void an_unknown_course_cannot_be_started() {
        assertThatThrownBy(() -> enrolments.start(person("deltaker"), "finnes-ikke"))
                .hasMessage("learning.course-not-found");
    }
}
