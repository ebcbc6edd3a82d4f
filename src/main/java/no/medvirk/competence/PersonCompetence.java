package no.medvirk.competence;

import java.util.List;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.UnitDetails;

/** One person as their leader sees them: each item of the levels they follow, its status and its evidence. */
public record PersonCompetence(PersonId person, String fullName, UnitDetails unit, List<Entry> items) {

    /** An item, the level it belongs to, where the person stands on it, and what they have shown, newest first. */
    public record Entry(Item item, CompetenceMatrix.FollowedLevel level, ItemStatus status,
            List<EvidenceEntry> evidence) {}
}
