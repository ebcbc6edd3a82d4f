package no.medvirk.learning;

import java.time.Instant;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import org.jspecify.annotations.Nullable;

/** A person taking one version of a course; its id is the xAPI registration of what they do in it. */
public record Enrolment(UUID id, PersonId person, String courseId, UUID courseVersionId, Instant startedAt,
        @Nullable Instant finishedAt) {}
