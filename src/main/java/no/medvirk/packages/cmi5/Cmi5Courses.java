package no.medvirk.packages.cmi5;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.packages.PackageId;
import no.medvirk.packages.PackageItem;
import no.medvirk.packages.PackageVersion;
import no.medvirk.packages.PackageVersionId;
import no.medvirk.packages.Packages;
import no.medvirk.packages.Standard;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.xapi.AgentIdentifier;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cmi5 courses learners take: launching an AU (cmi5 sections 8 and 10), waiving one, and where a learner stands.
 * A launch reuses the learner's registration in the package (made on the first launch, when moveOn is first
 * evaluated), abandons the sessions still open in it, starts a session, writes LMS.LaunchData and the learner
 * preferences, records launched, and gives the URL to open: the AU with endpoint, fetch, actor, registration and
 * activityId.
 */
@Service
public class Cmi5Courses {

    /**
     * @param siteUrl Medvirk's address as the browser reaches it (scheme, host, port, context path; no slash at the
     *     end): the endpoint and the fetch URL live under it
     * @param contentRoot where the version's files are served, ending in a slash: a relative AU url is resolved here
     * @param returnUrl where the AU sends the learner when it exits
     * @param courseId the catalog course the package is taken as, when launched from one: the course then counts
     *     as completed (or passed) when the cmi5 course is satisfied
     */
    public record Request(PersonId learner, PackageVersionId version, String auId, String siteUrl,
            String contentRoot, String returnUrl, Language language, @Nullable String courseId) {}

    /** A launch: open {@code url} in a frame (AnyWindow) or a window of its own (OwnWindow). */
    public record Launch(UUID session, UUID registration, String url, Cmi5Au.LaunchMethod method) {}

    /** Where a learner stands in an AU, from the registration's statements. */
    public record AuStatus(boolean completed, boolean passed, boolean waived, boolean satisfied) {}

    /** Where a learner stands in a course: each AU by its id in cmi5.xml, and whether the course is satisfied. */
    public record Standing(Map<String, AuStatus> aus, boolean courseSatisfied) {}

    /** Why an AU was waived: the values the spec lists (9.5.5.2). */
    public enum WaiveReason {
        TESTED_OUT("Tested Out"), EQUIVALENT_AU("Equivalent AU"),
        EQUIVALENT_OUTSIDE_ACTIVITY("Equivalent Outside Activity"), ADMINISTRATIVE("Administrative");

        private final String value;

        WaiveReason(String value) {
            this.value = value;
        }
    }

    private final Packages packages;
    private final Cmi5Rows rows;
    private final Cmi5Ids ids;
    private final Cmi5Sessions sessions;
    private final Cmi5Progress progress;
    private final Cmi5Facts facts;
    private final LaunchDocuments launchDocuments;

    Cmi5Courses(Packages packages, Cmi5Rows rows, Cmi5Ids ids, Cmi5Sessions sessions, Cmi5Progress progress,
            Cmi5Facts facts, LaunchDocuments launchDocuments) {
        this.packages = packages;
        this.rows = rows;
        this.ids = ids;
        this.sessions = sessions;
        this.progress = progress;
        this.facts = facts;
        this.launchDocuments = launchDocuments;
    }

    @Transactional
    public Launch launch(Request request) {
        PackageVersion version = cmi5Version(request.version());
        PackageItem au = au(version, request.auId());
        Cmi5Au rules = Objects.requireNonNull(au.au());
        Cmi5Rows.Registration registration = registration(version.packageId(), request.learner(), request.courseId());
        sessions.abandonOpen(registration.id());
        UUID session = UUID.randomUUID();
        String activityId = ids.activityId(version.packageId(), au);
        Cmi5Tokens.Secret fetch = Cmi5Tokens.Secret.random();
        Instant now = sessions.now();
        rows.insertSession(session, registration.id(), version.id(), au.identifier(), activityId, fetch.hash(), now);

        ObjectNode actor = ids.actor(request.learner());
        String agent = AgentIdentifier.of(actor).orElseThrow();
        launchDocuments.writeLaunchData(agent, registration.id(), activityId, session, au, request.returnUrl());
        launchDocuments.writePreferences(agent, request.language());

        String auUrl = rules.external() ? String.valueOf(au.launchUrl()) : request.contentRoot() + au.launchUrl();
        var subject = new Cmi5Statements.Subject(actor, registration.id(), session, au, activityId);
        sessions.record(List.of(Cmi5Statements.launched(subject, auUrl, now)));
        String parameters = "endpoint=" + encode(request.siteUrl() + "/xapi")
                + "&fetch=" + encode(request.siteUrl() + FetchController.PATH + session + "/" + fetch.value())
                + "&actor=" + encode(XapiJson.write(actor))
                + "&registration=" + registration.id()
                + "&activityId=" + encode(activityId);
        return new Launch(session, registration.id(), withParameters(auUrl, parameters), rules.launchMethod());
    }

    /**
     * Records that the AU's requirements were met otherwise (cmi5 9.3.7), in a session of its own; then moveOn is
     * evaluated as after the AU's own statements. An AU already waived in the registration stays as it was.
     */
    @Transactional
    public void waive(PersonId learner, PackageVersionId versionId, String auId, WaiveReason reason) {
        PackageVersion version = cmi5Version(versionId);
        PackageItem au = au(version, auId);
        Cmi5Rows.Registration registration = registration(version.packageId(), learner, null);
        String activityId = ids.activityId(version.packageId(), au);
        if (!facts.has(registration.id(), activityId, Cmi5Vocabulary.WAIVED)) {
            sessions.record(List.of(Cmi5Statements.waived(new Cmi5Statements.Subject(ids.actor(learner),
                    registration.id(), UUID.randomUUID(), au, activityId), reason.value, sessions.now())));
        }
    }

    /** Where the learner stands in the version's course: nothing done before the first launch. */
    @Transactional(readOnly = true)
    public Standing standing(PersonId learner, PackageVersionId versionId) {
        PackageVersion version = cmi5Version(versionId);
        var registration = rows.registration(version.packageId(), learner);
        MoveOn moveOn = registration.map(r -> facts.moveOn(r.id()))
                .orElseGet(() -> new MoveOn(Set.of(), Set.of(), Set.of()));
        var satisfied = registration.map(r -> facts.objects(r.id(), Cmi5Vocabulary.SATISFIED))
                .orElseGet(Set::of);
        var aus = new LinkedHashMap<String, AuStatus>();
        for (PackageItem au : version.manifest().launchable()) {
            String id = ids.activityId(version.packageId(), au);
            aus.put(au.identifier(), new AuStatus(moveOn.completed().contains(id), moveOn.passed().contains(id),
                    moveOn.waived().contains(id), au.au() != null && moveOn.satisfied(au.au().moveOn(), id)));
        }
        return new Standing(aus, satisfied.contains(ids.activityId(version.packageId(), version.items())));
    }

    /** The learner's registration in the package, locked; a new one has its moveOn evaluated at once (9.6.1). */
    private Cmi5Rows.Registration registration(PackageId packageId, PersonId learner, @Nullable String courseId) {
        var existing = rows.registration(packageId, learner);
        Cmi5Rows.Registration registration = existing
                .orElseGet(() -> rows.insertRegistration(packageId, learner, courseId, sessions.now()));
        rows.lockRegistration(registration.id());
        if (courseId != null && !courseId.equals(registration.courseId())) {
            rows.setCourse(registration.id(), courseId);
        }
        if (existing.isEmpty()) {
            progress.evaluate(registration.id(), UUID.randomUUID());
        }
        return registration;
    }

    private PackageVersion cmi5Version(PackageVersionId id) {
        return packages.version(id).filter(v -> v.standard() == Standard.CMI5)
                .orElseThrow(() -> new DomainException("cmi5.not-a-cmi5-package"));
    }

    private static PackageItem au(PackageVersion version, String auId) {
        return version.manifest().item(auId).filter(item -> item.kind() == PackageItem.Kind.AU && item.au() != null)
                .orElseThrow(() -> new DomainException("cmi5.no-such-au"));
    }

    /** The launch parameters after the AU's own query, before any fragment. */
    private static String withParameters(String url, String parameters) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + parameters + fragment;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
