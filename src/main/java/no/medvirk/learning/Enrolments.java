package no.medvirk.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.EnrolmentLookup;
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
import tools.jackson.databind.JsonNode;

/**
 * Enrolments and the steps taken in them. Every step is a statement in the LRS, through its in-process API; the
 * progress a learner sees is read back from there, so packages can later count the same way.
 */
@Service
public class Enrolments implements EnrolmentLookup {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Enrolments.class);

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

    /** For the course page: the open enrolment, else the latest finished one. */
    @Override
    @Transactional(readOnly = true)
    public Optional<EnrolmentState> latest(UUID personId, String courseId) {
        return jdbc.query("""
                select course_version_id, finished_at is not null from enrolment where person_id = ? and course_id = ?
                order by finished_at is null desc, started_at desc limit 1""",
                (row, n) -> new EnrolmentState(row.getObject(1, UUID.class), row.getBoolean(2)), personId, courseId)
                .stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Enrolment> of(PersonId person) {
        return jdbc.query("select * from enrolment where person_id = ? order by started_at desc",
                (row, n) -> enrolment(row), person.value());
    }

    /**
     * The enrolment is finished by something other than the player's quizzes: a SCORM package the course wraps was
     * completed (the packages module decides that from the package's runtime data). A second call changes nothing.
     */
    @Transactional
    public void finish(UUID enrolmentId) {
        jdbc.update("update enrolment set finished_at = ? where id = ? and finished_at is null",
                Timestamp.from(clock.instant()), enrolmentId);
    }

    /** The learner has gone through a lesson of the enrolment's version. */
    @Transactional
    public void experienced(Enrolment enrolment, String lessonPath) {
        experienced(enrolment, lessonPath, done(enrolment));
    }

    /**
     * The learner has gone through a lesson; when it is the first time, the course has also progressed. The caller
     * says what was done before, so the registration's statements are not read again.
     */
    @Transactional
    public Progress experienced(Enrolment enrolment, String lessonPath, Set<String> doneBefore) {
        CourseVersion version = version(enrolment);
        int total = items(version).size();
        for (CourseSource.Module module : version.course().modules()) {
            for (CourseSource.Item item : module.items()) {
                if (item instanceof CourseSource.Lesson lesson && lesson.path().equals(lessonPath)) {
                    List<JsonNode> batch = new ArrayList<>();
                    batch.add(statements.experienced(enrolment.person(), enrolment.id(), version, module, lesson));
                    var done = new HashSet<>(doneBefore);
                    if (done.add(lessonPath)) {
                        batch.add(statements.progressed(enrolment.person(), enrolment.id(), version,
                                new Progress(done.size(), total)));
                    }
                    lrs.record(batch, clients.medvirk(), XapiVersion.V2_0_0);
                    return new Progress(done.size(), total);
                }
            }
        }
        throw new DomainException("learning.lesson-not-found");
    }

    /** The learner opened the player: a session in the enrolment begins. */
    @Transactional
    public void initialized(Enrolment enrolment) {
        record(statements.initialized(enrolment.person(), enrolment.id(), version(enrolment)));
    }

    /**
     * The learner left the player after the given time: the session ends. They are already on their way elsewhere,
     * so a statement that cannot be recorded is logged, not thrown at them (the LRS's own transaction rolls back).
     */
    public void terminated(Enrolment enrolment, Duration duration) {
        try {
            record(statements.terminated(enrolment.person(), enrolment.id(), version(enrolment), duration));
        } catch (RuntimeException e) {
            log.warn("Could not record the end of a session in enrolment {}", enrolment.id(), e);
        }
    }

    /** Lessons experienced and quizzes passed in this enrolment, as the LRS has them, of all there are. */
    @Transactional(readOnly = true)
    public Progress progress(Enrolment enrolment) {
        CourseVersion version = version(enrolment);
        if (version.course().wrapsPackage()) {
            // A SCORM package is one whole for the learner: done when the package finished the enrolment.
            return new Progress(enrolment.finishedAt() != null ? 1 : 0, 1);
        }
        return new Progress(done(version, statementsOf(enrolment)).size(), items(version).size());
    }

    /** The lessons and quizzes of a course version, in order: what the player steps through. */
    public static List<CourseSource.Item> items(CourseVersion version) {
        return version.course().modules().stream().flatMap(m -> m.items().stream()).toList();
    }

    /** The paths of the lessons experienced and the quizzes passed in this enrolment, read from the LRS. */
    @Transactional(readOnly = true)
    public Set<String> done(Enrolment enrolment) {
        return done(version(enrolment), statementsOf(enrolment));
    }

    private Set<String> done(CourseVersion version, List<JsonNode> registration) {
        var byActivity = new HashMap<String, String>();
        items(version).forEach(item -> byActivity.put(statements.itemActivity(item), item.path()));
        Set<String> done = new HashSet<>();
        registration.forEach(s -> {
            String verb = XapiJson.text(s.path("verb"), "id");
            String path = byActivity.get(XapiJson.text(s.path("object"), "id"));
            if (path != null && (verb.equals(LearningStatements.ADL + "experienced")
                    || verb.equals(LearningStatements.ADL + "passed"))) {
                done.add(path);
            }
        });
        return done;
    }

    /** How many times the quiz has been handed in, in this enrolment. */
    @Transactional(readOnly = true)
    public int attemptsUsed(Enrolment enrolment, CourseSource.Quiz quiz) {
        return attemptsUsed(statementsOf(enrolment), quiz);
    }

    private int attemptsUsed(List<JsonNode> registration, CourseSource.Quiz quiz) {
        String activity = statements.itemActivity(quiz);
        return (int) registration.stream()
                .filter(s -> activity.equals(XapiJson.text(s.path("object"), "id")))
                .map(s -> XapiJson.text(s.path("verb"), "id"))
                .filter(v -> v.equals(LearningStatements.ADL + "passed") || v.equals(LearningStatements.ADL + "failed"))
                .count();
    }

    /**
     * One question answered before the quiz is handed in, for feedback at once: recorded as answered, with
     * result.success for a scored question. Returns whether the answer is right (a reflection always is).
     */
    @Transactional
    public boolean answer(Enrolment enrolment, CourseSource.Quiz quiz, CourseSource.Question question,
            QuizScoring.Answer answer) {
        boolean right = QuizScoring.isCorrect(question, answer);
        record(statements.answered(enrolment.person(), enrolment.id(), version(enrolment), quiz, question,
                response(question, answer), right));
        return right;
    }

    /**
     * Hands in a quiz: an answered statement per question not already answered one by one, passed or failed for
     * the quiz with its score, progressed when it is passed for the first time, and the course completed and passed
     * when every lesson is experienced and every quiz passed. Refused when no attempt is left. The registration's
     * statements are read once.
     */
    @Transactional
    public QuizScoring.Result handIn(Enrolment enrolment, CourseSource.Quiz quiz,
            Map<String, QuizScoring.Answer> answers, Set<String> answeredAlready) {
        List<JsonNode> before = statementsOf(enrolment);
        if (quiz.attempts() > 0 && attemptsUsed(before, quiz) >= quiz.attempts()) {
            throw new DomainException("learning.no-attempts-left");
        }
        CourseVersion version = version(enrolment);
        QuizScoring.Result result = QuizScoring.score(quiz, answers);
        List<JsonNode> batch = new ArrayList<>();
        for (CourseSource.Question question : quiz.questions()) {
            QuizScoring.Answer answer = answers.get(question.id());
            if (answer != null && !answeredAlready.contains(question.id())) {
                batch.add(statements.answered(enrolment.person(), enrolment.id(), version, quiz, question,
                        response(question, answer), result.correct().getOrDefault(question.id(), true)));
            }
        }
        JsonNode quizResult = statements.quizResult(enrolment.person(), enrolment.id(), version, quiz,
                result.scaled(), result.passed());
        batch.add(quizResult);
        Set<String> done = done(version, before);
        int total = items(version).size();
        if (result.passed() && done.add(quiz.path())) {
            batch.add(statements.progressed(enrolment.person(), enrolment.id(), version,
                    new Progress(done.size(), total)));
        }
        lrs.record(batch, clients.medvirk(), XapiVersion.V2_0_0);
        if (result.passed() && done.size() == total) {
            var all = new ArrayList<>(before);
            all.add(quizResult);
            lrs.record(List.of(statements.courseCompleted(enrolment.person(), enrolment.id(), version),
                    statements.coursePassed(enrolment.person(), enrolment.id(), version, courseScore(version, all))),
                    clients.medvirk(), XapiVersion.V2_0_0);
            jdbc.update("update enrolment set finished_at = ? where id = ?", Timestamp.from(clock.instant()),
                    enrolment.id());
        }
        return result;
    }

    /** Hands in a quiz none of whose questions was answered one by one. */
    @Transactional
    public QuizScoring.Result handIn(Enrolment enrolment, CourseSource.Quiz quiz,
            Map<String, QuizScoring.Answer> answers) {
        return handIn(enrolment, quiz, answers, Set.of());
    }

    /** The mean over the course's quizzes of each one's best passing score. */
    private double courseScore(CourseVersion version, List<JsonNode> registration) {
        var best = new HashMap<String, Double>();
        registration.stream()
                .filter(s -> (LearningStatements.ADL + "passed").equals(XapiJson.text(s.path("verb"), "id")))
                .forEach(s -> best.merge(XapiJson.text(s.path("object"), "id"),
                        s.path("result").path("score").path("scaled").asDouble(1), Math::max));
        var quizzes = items(version).stream().filter(CourseSource.Quiz.class::isInstance)
                .map(statements::itemActivity).toList();
        return quizzes.isEmpty() ? 1 : quizzes.stream().mapToDouble(q -> best.getOrDefault(q, 0.0)).average()
                .orElse(1);
    }

    private static String response(CourseSource.Question question, QuizScoring.Answer answer) {
        return switch (question.type()) {
            case "single", "multiple" -> answer.chosen().stream().sorted().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("[,]"));
            case "true-false" -> String.valueOf(answer.truth());
            default -> answer.text();
        };
    }

    private List<JsonNode> statementsOf(Enrolment enrolment) {
        List<JsonNode> all = new ArrayList<>();
        var query = new StatementQuery(null, null, null, enrolment.id(), false, false, null, null, 0, true, null,
                null);
        for (var page = lrs.query(query); ; page = lrs.query(page.more().orElseThrow())) {
            all.addAll(page.statements());
            if (page.more().isEmpty()) {
                return all;
            }
        }
    }

    @Transactional(readOnly = true)
    public CourseVersion version(Enrolment enrolment) {
        return catalog.version(enrolment.courseVersionId())
                .orElseThrow(() -> new IllegalStateException("No course version " + enrolment.courseVersionId()));
    }

    private void record(JsonNode statement) {
        lrs.record(List.of(statement), clients.medvirk(), XapiVersion.V2_0_0);
    }

    private static Enrolment enrolment(java.sql.ResultSet row) throws java.sql.SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new Enrolment(row.getObject("id", UUID.class), new PersonId(row.getObject("person_id", UUID.class)),
                row.getString("course_id"), row.getObject("course_version_id", UUID.class),
                row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
