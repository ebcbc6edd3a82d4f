package no.medvirk.competence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence a person has for an item, as the person and their leader see it: its kind, whether it
 * counts as achieved (a course step that is not yet passed or completed does not), when, what it came from (an
 * activity id, a checklist statement, the confirming leader's name) and the leader's comment.
 */
public record EvidenceEntry(EvidenceKind kind, boolean achieved, Instant at, String source,
        @Nullable String comment) {}
