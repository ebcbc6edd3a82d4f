package no.medvirk.competence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The status that follows from a person's evidence for an item under its framework's rule (Totara-style): course
 * completion; self-assessment and leader confirmation; or any of the two. Achieved at the latest time the rule was
 * met (so doing it again renews it); expires the framework's validity period after that.
 */
final class StatusRule {

    /** One piece of evidence as the rule sees it. */
    record Piece(EvidenceKind kind, boolean achieved, Instant at) {}

    private StatusRule() {}

    static ItemStatus apply(String itemId, Framework framework, List<Piece> evidence, Instant now) {
        if (evidence.isEmpty()) {
            return ItemStatus.notStarted(itemId);
        }
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        evidence.forEach(piece -> kinds.add(piece.kind()));
        Instant course = latest(evidence, EvidenceKind.COURSE);
        Instant self = latest(evidence, EvidenceKind.SELF);
        Instant leader = latest(evidence, EvidenceKind.LEADER);
        Instant selfAndLeader = self != null && leader != null ? max(self, leader) : null;
        Instant achievedAt = switch (framework.evidence()) {
            case COURSE_COMPLETION -> course;
            case SELF_AND_LEADER -> selfAndLeader;
            case ANY -> course == null ? selfAndLeader : selfAndLeader == null ? course : max(course, selfAndLeader);
        };
        if (achievedAt == null) {
            return new ItemStatus(itemId, ItemStatus.Status.IN_PROGRESS, null, null, kinds);
        }
        Instant expiresAt = framework.validityMonths() == null ? null
                : achievedAt.atOffset(ZoneOffset.UTC).plusMonths(framework.validityMonths()).toInstant();
        var status = expiresAt != null && !expiresAt.isAfter(now) ? ItemStatus.Status.EXPIRED
                : ItemStatus.Status.ACHIEVED;
        return new ItemStatus(itemId, status, achievedAt, expiresAt, kinds);
    }

    /** The latest achieved evidence of a kind (self and leader evidence always count as achieved). */
    private static @Nullable Instant latest(List<Piece> evidence, EvidenceKind kind) {
        return evidence.stream().filter(p -> p.kind() == kind && p.achieved()).map(Piece::at)
                .max(Instant::compareTo).orElse(null);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
