package no.medvirk.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.DomainException;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiClients;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.XapiVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments and the steps taken in them. Every step is a statement in the LRS, through its in-process API; the
 * progress a learner sees is read back from there, so packages can later count the same way.
 */
@Service
public class Enrolments {

    private final JdbcTemplate jdbc;
    private final CourseCatalog catalog;
    private final LearningRecordStore lrs;
    private final XapiClients clients;
    private final LearningStatements statements;
    private final Clock clock;

    Enrolments(JdbcTemplate jdbc, CourseCatalog catalog, LearningRecordStore lrs, XapiClients clients,
            LearningStatements statements, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.lrs = lrs;
        this.clients = clients;
        this.statements = statements;
        this.clock = clock;
    }

    /**
     * Starts the course, or goes on with the enrolment already open: a learner keeps the version they started even
     * when a newer one is published.
     */
    @Transactional
    public Enrolment start(PersonId person, String courseId) {
        Optional<Enrolment> open = open(person, courseId);
        if (open.isPresent()) {
            return open.get();
        }
        CourseVersion version = catalog.currentVersion(courseId)
                .orElseThrow(() -> new DomainException("learning.course-not-found"));
        var enrolment = new Enrolment(UUID.randomUUID(), person, courseId, version.id(), clock.instant(), null);
        jdbc.update("insert into enrolment (id, person_id, course_id, course_version_id, started_at) "
                + "values (?, ?, ?, ?, ?)", enrolment.id(), person.value(), courseId, version.id(),
                Timestamp.from(enrolment.startedAt()));
        record(statements.launched(person, enrolment.id(), version));
        return enrolment;
    }

    @Transactional(readOnly = true)
    public Optional<Enrolment> open(PersonId person, String courseId) {
        return jdbc.query("select * from enrolment where person_id = ? and course_id = ? and finished_at is null",
                (row, n) -> enrolment(row), person.value(), courseId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Enrolment> of(PersonId person) {
        return jdbc.query("select * from enrolment where person_id = ? order by started_at desc",
                (row, n) -> enrolment(row), person.value());
    }

    /** The learner has gone through a lesson of the enrolment's version (by its position in the course). */
    @Transactional
    public void experienced(Enrolment enrolment, String lessonPath) {
        CourseVersion version = version(enrolment);
        for (CourseSource.Module module : version.course().modules()) {
            for (CourseSource.Item item : module.items()) {
                if (item instanceof CourseSource.Lesson lesson && lesson.path().equals(lessonPath)) {
                    record(statements.experienced(enrolment.person(), enrolment.id(), version, module, lesson));
                    return;
                }
            }
        }
        throw new DomainException("learning.lesson-not-found");
    }

    /** Lessons experienced in this enrolment, as the LRS has them, of the lessons in its version. */
    @Transactional(readOnly = true)
    public Progress progress(Enrolment enrolment) {
        return new Progress(done(enrolment).size(), lessons(version(enrolment)).size());
    }

    /** The lessons of a course version, in order: what the player steps through. */
    public static List<CourseSource.Lesson> lessons(CourseVersion version) {
        return version.course().modules().stream().flatMap(m -> m.items().stream())
                .filter(CourseSource.Lesson.class::isInstance).map(CourseSource.Lesson.class::cast).toList();
    }

    /** The paths of the lessons the LRS has seen experienced in this enrolment. */
    @Transactional(readOnly = true)
    public Set<String> done(Enrolment enrolment) {
        CourseVersion version = version(enrolment);
        var byActivity = new java.util.HashMap<String, String>();
        lessons(version).forEach(l -> byActivity.put(statements.itemActivity(l), l.path()));
        Set<String> done = new HashSet<>();
        var query = new StatementQuery(null, LearningStatements.ADL + "experienced", null, enrolment.id(), false,
                false, null, null, 0, false, null, null);
        for (var page = lrs.query(query); ; page = lrs.query(page.more().orElseThrow())) {
            page.statements().forEach(s -> done.add(XapiJson.text(s.path("object"), "id")));
            if (page.more().isEmpty()) {
                break;
            }
        }
        Set<String> paths = new HashSet<>();
        done.forEach(activity -> {
            if (byActivity.containsKey(activity)) {
                paths.add(byActivity.get(activity));
            }
        });
        return paths;
    }

    @Transactional(readOnly = true)
    public CourseVersion version(Enrolment enrolment) {
        return catalog.version(enrolment.courseVersionId())
                .orElseThrow(() -> new IllegalStateException("No course version " + enrolment.courseVersionId()));
    }

    private void record(tools.jackson.databind.JsonNode statement) {
        lrs.record(List.of(statement), clients.medvirk(), XapiVersion.V2_0_0);
    }

    private static Enrolment enrolment(java.sql.ResultSet row) throws java.sql.SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new Enrolment(row.getObject("id", UUID.class), new PersonId(row.getObject("person_id", UUID.class)),
                row.getString("course_id"), row.getObject("course_version_id", UUID.class),
                row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
