package no.medvirk.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.competence.CompetenceFrameworks;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonDetails;
import no.medvirk.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes a certificate from what is known now: the person's name, organisation and language from identity, the
 * course version's title, levels, competence items and template, and the time spent from the LRS (or the course's
 * estimate when nothing was measured).
 */
@Component
class CertificateIssuer {

    private final CertificateStore store;
    private final People people;
    private final CompetenceFrameworks frameworks;
    private final TimeSpent timeSpent;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateIssuer(CertificateStore store, People people, CompetenceFrameworks frameworks, TimeSpent timeSpent,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.people = people;
        this.frameworks = frameworks;
        this.timeSpent = timeSpent;
        this.events = events;
        this.clock = clock;
    }

    /** Issues the person's certificate for the version unless they have one; the new one, or empty. */
    Optional<Certificate> issue(PersonId person, CourseVersion version, Instant completedAt,
            @Nullable UUID registration, @Nullable UUID statementId) {
        PersonDetails details = people.find(person).orElse(null);
        if (details == null || store.current(person, version.id()).isPresent()) {
            return Optional.empty();
        }
        CourseSnapshot course = snapshot(version.course());
        Duration spent = registration == null ? Duration.ZERO : timeSpent.in(registration, completedAt);
        boolean measured = spent.toMinutes() >= 1;
        var certificate = new Certificate(UUID.randomUUID(), VerificationCodes.next(), person, version.courseId(),
                version.id(), version.number(), details.fullName(), details.organisationId(),
                details.organisationName(), details.preferredLanguage(), course,
                measured ? (int) Math.round(spent.toSeconds() / 60.0) : course.estimatedMinutes(), measured,
                completedAt, clock.instant(), null, null, null, null, null);
        if (!store.insert(certificate, statementId)) {
            return Optional.empty();
        }
        events.publishEvent(new CertificateIssued(certificate.id(), person, version.courseId(), version.id()));
        return Optional.of(certificate);
    }

    /** A new certificate in place of the old: today's name, organisation and language, a new code. */
    Certificate reissue(Certificate old) {
        PersonDetails details = people.find(old.person()).orElseThrow(
                () -> new no.medvirk.shared.DomainException("certificate.person-gone"));
        var certificate = new Certificate(UUID.randomUUID(), VerificationCodes.next(), old.person(), old.courseId(),
                old.courseVersionId(), old.courseVersion(), details.fullName(), details.organisationId(),
                details.organisationName(), details.preferredLanguage(), old.course(), old.minutes(),
                old.minutesMeasured(), old.completedAt(), clock.instant(), old.id(), null, null, null, null);
        // The old one steps aside first: the unique index allows one certificate not replaced per version.
        store.replace(old.id(), certificate.id());
        if (!store.insert(certificate, null)) {
            throw new IllegalStateException("Could not reissue " + old.id());
        }
        events.publishEvent(new CertificateIssued(certificate.id(), old.person(), old.courseId(),
                old.courseVersionId()));
        return certificate;
    }

    private CourseSnapshot snapshot(CourseSource course) {
        var items = course.competence().stream()
                .map(id -> frameworks.item(id).map(item -> new CourseSnapshot.CompetenceItem(id, item.text())))
                .flatMap(Optional::stream).toList();
        return new CourseSnapshot(course.title(), course.levels(), items, course.estimatedMinutes(),
                course.certificate());
    }
}
