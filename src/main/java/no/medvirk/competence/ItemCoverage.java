package no.medvirk.competence;

/**
 * How far a group of people (an organisation, say) has come on one item: how many follow the item's level, and how
 * many of those have it achieved and not expired.
 */
public record ItemCoverage(String group, Item item, long following, long achieved) {

    /** The share of those following who have it, from 0 to 1; 0 when nobody follows it. */
    public double share() {
        return following == 0 ? 0 : (double) achieved / following;
    }
}
