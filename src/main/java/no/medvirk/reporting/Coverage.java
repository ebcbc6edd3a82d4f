package no.medvirk.reporting;

import java.util.List;

/**
 * Competence coverage as the report shows it, the status today whatever the period: per item over all the
 * organisations in the report, and per organisation and item. Only items that someone follows are counted.
 */
public record Coverage(List<Row> items, List<Row> byOrganisation) {

    public static final Coverage NONE = new Coverage(List.of(), List.of());

    public Coverage {
        items = List.copyOf(items);
        byOrganisation = List.copyOf(byOrganisation);
    }

    /** One item in one organisation (or all): names to show, how many follow its level and how many have it. */
    public record Row(String organisation, String itemId, String item, String level, long following,
            long achieved) {

        /** From 0 to 1; 0 when nobody follows the item. */
        public double share() {
            return following == 0 ? 0 : (double) achieved / following;
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
