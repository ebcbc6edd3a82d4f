package no.medvirk.packages.cmi5;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.medvirk.packages.PackageItem;
import no.medvirk.packages.Packages;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.XapiClients;
import no.medvirk.xapi.XapiVersion;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Sessions that end without terminated: the LMS records abandoned for them (cmi5 9.3.6), when the learner launches
 * again in the registration or when the AU has been silent for the session timeout. Also records the LMS's own
 * statements, with Medvirk's LRS client as their authority.
 */
@Component
class Cmi5Sessions {

    private final Cmi5Rows rows;
    private final Packages packages;
    private final Cmi5Ids ids;
    private final LearningRecordStore lrs;
    private final XapiClients clients;
    private final Cmi5Properties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Cmi5Sessions(Cmi5Rows rows, Packages packages, Cmi5Ids ids, LearningRecordStore lrs, XapiClients clients,
            Cmi5Properties properties, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.packages = packages;
        this.ids = ids;
        this.lrs = lrs;
        this.clients = clients;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Abandons the registration's open sessions: a new launch means the learner has left them. */
    void abandonOpen(UUID registration) {
        rows.lockOpenSessions(registration).forEach(this::abandon);
    }

    /** Abandons the sessions whose AU has been silent for the timeout, each in a transaction of its own. */
    @Scheduled(fixedDelayString = "${medvirk.packages.cmi5.idle-check:60s}")
    void abandonIdle() {
        Instant now = now();
        for (UUID id : rows.openSessionsLaunchedBefore(now.minus(properties.sessionTimeout()))) {
            transactions.executeWithoutResult(status -> rows.lockSession(id)
                    .filter(session -> session.open() && session.idle(now(), properties))
                    .ifPresent(this::abandon));
        }
    }

    private void abandon(Cmi5Rows.Session session) {
        Instant now = now();
        rows.markAbandoned(session.id(), now);
        record(List.of(Cmi5Statements.abandoned(subject(session),
                Duration.between(session.launchedAt(), session.lastHeard()), now)));
    }

    /** Who did what in this session, for the LMS's statements about its AU. */
    Cmi5Statements.Subject subject(Cmi5Rows.Session session) {
        PackageItem au = packages.version(session.versionId()).flatMap(v -> v.manifest().item(session.auId()))
                .orElseThrow(() -> new IllegalStateException("The AU of session " + session.id() + " is gone"));
        return new Cmi5Statements.Subject(ids.actor(session.person()), session.registrationId(), session.id(), au,
                session.activityId());
    }

    void record(List<JsonNode> statements) {
        if (!statements.isEmpty()) {
            lrs.record(statements, clients.medvirk(), XapiVersion.V2_0_0);
        }
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
