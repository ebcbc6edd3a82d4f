package no.medvirk.packages.cmi5;

import static no.medvirk.packages.cmi5.Cmi5Vocabulary.COMPLETED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.PASSED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.SATISFIED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.WAIVED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.packages.PackageItem;
import no.medvirk.packages.PackageVersion;
import no.medvirk.packages.Packages;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementsStored;
import no.medvirk.xapi.XapiJson;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * moveOn for blocks and the course. After the LRS stores an AU's completed or passed, or the LMS's waived, in a cmi5
 * registration, the LMS records satisfied for each block and the course that has just become satisfied (once per
 * registration), in the session of the statement that did it. When the course is satisfied and the registration was
 * launched from a catalog course, it also records completed (and passed, when an AU was passed) for that catalog
 * course: certificates, competence and reports then treat the package like a native course.
 */
@Component
class Cmi5Progress {

    private static final Set<String> TRIGGERS = Set.of(COMPLETED, PASSED, WAIVED);

    private final Cmi5Rows rows;
    private final Cmi5Facts facts;
    private final Cmi5Ids ids;
    private final Cmi5Sessions sessions;
    private final Packages packages;
    private final LearningRecordStore lrs;

    Cmi5Progress(Cmi5Rows rows, Cmi5Facts facts, Cmi5Ids ids, Cmi5Sessions sessions, Packages packages,
            LearningRecordStore lrs) {
        this.rows = rows;
        this.facts = facts;
        this.ids = ids;
        this.sessions = sessions;
        this.packages = packages;
        this.lrs = lrs;
    }

    @ApplicationModuleListener
    void on(StatementsStored stored) {
        Map<UUID, UUID> sessionByRegistration = new LinkedHashMap<>();
        for (StatementsStored.Stored statement : stored.statements()) {
            if (statement.registration() != null && statement.voids() == null && TRIGGERS.contains(statement.verb())) {
                sessionByRegistration.putIfAbsent(statement.registration(), statement.id());
            }
        }
        Set<UUID> cmi5 = rows.knownRegistrations(sessionByRegistration.keySet());
        sessionByRegistration.forEach((registration, statementId) -> {
            if (cmi5.contains(registration)) {
                evaluate(registration, sessionOf(statementId));
            }
        });
    }

    /** The session id the statement was made in; a fresh one when it names none. */
    private UUID sessionOf(UUID statementId) {
        return lrs.statement(statementId)
                .map(s -> XapiJson.text(s.path("context").path("extensions"), Cmi5Vocabulary.SESSION_ID))
                .flatMap(Cmi5Progress::uuid).orElseGet(UUID::randomUUID);
    }

    /**
     * Records satisfied for what has become satisfied in the registration, and the catalog course's statements when
     * the course has; in the caller's transaction, with the registration locked so two evaluations do not both.
     */
    void evaluate(UUID registrationId, UUID session) {
        Cmi5Rows.Registration registration = rows.lockRegistration(registrationId).orElseThrow();
        PackageVersion version = packages.latest(registration.packageId()).orElseThrow();
        MoveOn moveOn = facts.moveOn(registrationId);
        Set<String> done = facts.objects(registrationId, SATISFIED);
        JsonNode actor = ids.actor(registration.person());
        Instant now = sessions.now();
        List<JsonNode> statements = new ArrayList<>();
        boolean courseSatisfied = false;
        for (PackageItem group : moveOn.satisfiedGroups(version.items(), item -> ids.activityId(version.packageId(),
                item))) {
            String activityId = ids.activityId(version.packageId(), group);
            if (done.add(activityId)) {
                statements.add(Cmi5Statements.satisfied(new Cmi5Statements.Subject(actor, registrationId, session,
                        group, activityId), now));
                courseSatisfied |= group.kind() == PackageItem.Kind.COURSE;
            }
        }
        if (courseSatisfied && registration.courseId() != null) {
            String catalogCourse = ids.catalogCourse(registration.courseId());
            var cmi5Course = new Cmi5Statements.Subject(actor, registrationId, session, version.items(),
                    ids.activityId(version.packageId(), version.items()));
            statements.add(Cmi5Statements.catalogCourse(cmi5Course, COMPLETED, catalogCourse, now));
            if (!moveOn.passed().isEmpty()) {
                statements.add(Cmi5Statements.catalogCourse(cmi5Course, PASSED, catalogCourse, now));
            }
        }
        sessions.record(statements);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
