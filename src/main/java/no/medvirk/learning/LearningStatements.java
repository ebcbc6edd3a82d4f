package no.medvirk.learning;

import static no.medvirk.learning.CourseActivities.activity;

import java.util.UUID;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.LocalizedText;
import no.medvirk.xapi.XapiJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI statements a learner's steps make. The actor is an account under Medvirk's base URL named by the
 * person's id (never the e-mail); activities live under the base URL; the registration is the enrolment; the module
 * and the course are the parent and grouping.
 */
@Component
class LearningStatements {

    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson";
    static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";

    private final CourseActivities names;

    LearningStatements(CourseActivities activities) {
        this.names = activities;
    }

    String courseActivity(String courseId) {
        return names.course(courseId);
    }

    String itemActivity(CourseSource.Item item) {
        return names.item(item);
    }

    JsonNode launched(PersonId person, UUID registration, CourseVersion version) {
        return courseStatement(person, "launched", new LocalizedText("startet", "launched"), registration, version);
    }

    /** The learner opened the player: a session in the course begins. */
    JsonNode initialized(PersonId person, UUID registration, CourseVersion version) {
        return courseStatement(person, "initialized", new LocalizedText("begynte økten", "initialized"), registration,
                version);
    }

    /** The learner left the player: the session ends, with how long it lasted. */
    JsonNode terminated(PersonId person, UUID registration, CourseVersion version, java.time.Duration duration) {
        ObjectNode statement = courseStatement(person, "terminated", new LocalizedText("avsluttet økten",
                "terminated"), registration, version);
        // xAPI keeps durations to hundredths of a second.
        statement.putObject("result").put("duration", java.time.Duration.ofMillis(duration.toMillis() / 10 * 10)
                .toString());
        return statement;
    }

    /** How far the learner has come in the course, as a percentage (cmi5's progress extension). */
    JsonNode progressed(PersonId person, UUID registration, CourseVersion version, Progress progress) {
        ObjectNode statement = courseStatement(person, "progressed", new LocalizedText("kom videre", "progressed"),
                registration, version);
        statement.putObject("result").putObject("extensions").put(PROGRESS_EXTENSION, progress.percent());
        return statement;
    }

    static final String PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress";

    JsonNode experienced(PersonId person, UUID registration, CourseVersion version, CourseSource.Module module,
            CourseSource.Lesson lesson) {
        ObjectNode statement = base(person, "experienced", new LocalizedText("gjennomgikk", "experienced"));
        statement.set("object", activity(itemActivity(lesson), lesson.title(), LESSON_TYPE));
        ObjectNode context = statement.putObject("context");
        context.put("registration", registration.toString());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("parent").add(activity(names.module(version.courseId(), module),
                module.title(), "http://adlnet.gov/expapi/activities/module"));
        activities.putArray("grouping").add(activity(courseActivity(version.courseId()), version.course().title(),
                COURSE_TYPE));
        return statement;
    }

    static final String QUIZ_TYPE = "http://adlnet.gov/expapi/activities/assessment";
    static final String QUESTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction";

    String questionActivity(CourseSource.Quiz quiz, CourseSource.Question question) {
        return names.question(quiz, question);
    }

    JsonNode answered(PersonId person, UUID registration, CourseVersion version, CourseSource.Quiz quiz,
            CourseSource.Question question, String response, boolean success) {
        ObjectNode statement = base(person, "answered", new LocalizedText("svarte", "answered"));
        // Questions are written in bokmål only: the name says which question it is in both languages, and the
        // question itself is the description.
        int number = quiz.questions().indexOf(question) + 1;
        ObjectNode object = activity(questionActivity(quiz, question), new LocalizedText(
                "Spørsmål " + number + " i «" + quiz.title().nb() + "»",
                "Question " + number + " in \u201c" + quiz.title().en() + "\u201d"), QUESTION_TYPE);
        ObjectNode definition = (ObjectNode) object.get("definition");
        definition.putObject("description").put("nb-NO", question.text());
        definition.put("interactionType", switch (question.type()) {
            case "single", "multiple" -> "choice";
            case "true-false" -> "true-false";
            default -> "long-fill-in";
        });
        statement.set("object", object);
        ObjectNode result = statement.putObject("result").put("response", response);
        if (question.scored()) {
            result.put("success", success);
        }
        statement.set("context", itemContext(registration, version, quiz));
        return statement;
    }

    /** passed or failed for a quiz, with the share right as score.scaled. */
    JsonNode quizResult(PersonId person, UUID registration, CourseVersion version, CourseSource.Quiz quiz,
            double scaled, boolean passed) {
        ObjectNode statement = base(person, passed ? "passed" : "failed",
                passed ? new LocalizedText("bestod", "passed") : new LocalizedText("bestod ikke", "failed"));
        statement.set("object", activity(itemActivity(quiz), quiz.title(), QUIZ_TYPE));
        statement.putObject("result").put("success", passed).put("completion", true).putObject("score")
                .put("scaled", Math.round(scaled * 1000) / 1000.0);
        statement.set("context", itemContext(registration, version, quiz));
        return statement;
    }

    /** passed for the course, with the mean of its quizzes' best scores. */
    JsonNode coursePassed(PersonId person, UUID registration, CourseVersion version, double scaled) {
        ObjectNode statement = courseStatement(person, "passed", new LocalizedText("bestod", "passed"), registration,
                version);
        statement.putObject("result").put("success", true).put("completion", true).putObject("score")
                .put("scaled", Math.round(scaled * 1000) / 1000.0);
        return statement;
    }

    JsonNode courseCompleted(PersonId person, UUID registration, CourseVersion version) {
        ObjectNode statement = courseStatement(person, "completed", new LocalizedText("fullførte", "completed"),
                registration, version);
        statement.putObject("result").put("completion", true).put("success", true);
        return statement;
    }

    /** A statement about the course itself, in the enrolment's registration. */
    private ObjectNode courseStatement(PersonId person, String verb, LocalizedText display, UUID registration,
            CourseVersion version) {
        ObjectNode statement = base(person, verb, display);
        statement.set("object", activity(courseActivity(version.courseId()), version.course().title(), COURSE_TYPE));
        statement.putObject("context").put("registration", registration.toString());
        return statement;
    }

    private ObjectNode itemContext(UUID registration, CourseVersion version, CourseSource.Item item) {
        ObjectNode context = XapiJson.MAPPER.createObjectNode();
        context.put("registration", registration.toString());
        ObjectNode activities = context.putObject("contextActivities");
        for (CourseSource.Module module : version.course().modules()) {
            if (module.items().contains(item)) {
                activities.putArray("parent").add(activity(names.module(version.courseId(), module),
                        module.title(), "http://adlnet.gov/expapi/activities/module"));
            }
        }
        activities.putArray("grouping").add(activity(courseActivity(version.courseId()), version.course().title(),
                COURSE_TYPE));
        return context;
    }

    private ObjectNode base(PersonId person, String verb, LocalizedText display) {
        return names.statement(person.toString(), ADL + verb, display);
    }

}
