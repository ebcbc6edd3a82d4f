package no.medvirk.competence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.UnitDetails;
import no.medvirk.shared.LocalizedText;

/**
 * A leader's overview: the people of the units they lead (and no one else) against the items of the levels they
 * follow. A person's cell for an item they do not follow is not applicable rather than a gap.
 *
 * @param units the units the leader leads, whatever the filter
 * @param levels every published level, for the level filter
 * @param items the columns, in the frameworks' order
 * @param rows the people shown, by unit and name
 */
public record CompetenceMatrix(Instant now, MatrixFilter filter, List<UnitDetails> units, List<FollowedLevel> levels,
        List<Item> items, List<Row> rows) {

    /** A level, with its framework's and its own name. */
    public record FollowedLevel(LevelRef ref, LocalizedText frameworkTitle, LocalizedText title) {}

    /** One person: who, in which unit, the items they follow, and their status on each item that has one. */
    public record Row(PersonId person, String fullName, UnitDetails unit, Set<String> followed,
            Map<String, ItemStatus> statuses) {

        public boolean follows(String itemId) {
            return followed.contains(itemId);
        }

        /** The status of an item; not started when the person has no evidence for it. */
        public ItemStatus status(String itemId) {
            ItemStatus status = statuses.get(itemId);
            return status == null ? ItemStatus.notStarted(itemId) : status;
        }
    }
}
