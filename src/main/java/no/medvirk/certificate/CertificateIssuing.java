package no.medvirk.certificate;

import java.util.Optional;
import java.util.Set;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.PersonId;
import no.medvirk.learning.CourseActivities;
import no.medvirk.learning.Enrolments;
import no.medvirk.xapi.StatementsStored;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a certificate when the LRS stores a course finished as the course requires: passed for a course with a
 * scored quiz, completed (or passed) for one without; never a statement whose result says it failed. Whatever
 * recorded the statement counts, Medvirk's player or a package, as long as its actor is a Medvirk account and its
 * object a Medvirk course. The version is the enrolment's when the registration is one, else the course's current
 * version. Runs after the LRS has committed, in its own transaction, retried by the event publication registry;
 * the unique index makes a second event for the same person and version a no-op.
 */
@Component
class CertificateIssuing {

    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    private final CourseActivities activities;
    private final Enrolments enrolments;
    private final CourseCatalog catalog;
    private final CertificateIssuer issuer;

    CertificateIssuing(CourseActivities activities, Enrolments enrolments, CourseCatalog catalog,
            CertificateIssuer issuer) {
        this.activities = activities;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.issuer = issuer;
    }

    @ApplicationModuleListener
    void on(StatementsStored stored) {
        for (StatementsStored.Stored statement : stored.statements()) {
            if (statement.voids() != null || !Set.of(PASSED, COMPLETED).contains(statement.verb())
                    || Boolean.FALSE.equals(statement.success())) {
                continue;
            }
            Optional<String> courseId = activities.courseId(statement.activityId());
            Optional<PersonId> person = activities.person(statement.accountHomePage(), statement.accountName());
            if (courseId.isEmpty() || person.isEmpty()) {
                continue;
            }
            version(person.get(), courseId.get(), statement)
                    .filter(version -> counts(version.course(), statement.verb()))
                    .ifPresent(version -> issuer.issue(person.get(), version, statement.timestamp(),
                            statement.registration(), statement.id()));
        }
    }

    private Optional<CourseVersion> version(PersonId person, String courseId, StatementsStored.Stored statement) {
        if (statement.registration() != null) {
            var enrolment = enrolments.of(person).stream()
                    .filter(e -> e.id().equals(statement.registration()) && e.courseId().equals(courseId))
                    .findFirst();
            if (enrolment.isPresent()) {
                return catalog.version(enrolment.get().courseVersionId());
            }
        }
        return catalog.currentVersion(courseId);
    }

    static boolean counts(CourseSource course, String verb) {
        boolean quizzes = course.modules().stream().flatMap(m -> m.items().stream())
                .anyMatch(item -> item instanceof CourseSource.Quiz quiz && quiz.questions().stream()
                        .anyMatch(CourseSource.Question::scored));
        return PASSED.equals(verb) || !quizzes;
    }
}
