package no.medvirk.resourcebank;

import java.util.List;
import java.util.Map;

/**
 * What a search found, best first, and per facet how many entries each value would give. A facet's counts take every
 * other facet's choice into account but not its own, so choosing one more value of a facet shows what it adds.
 */
public record SearchResult(List<Entry> entries, Map<Facet, Map<String, Long>> facets) {

    public SearchResult {
        entries = List.copyOf(entries);
        facets = Map.copyOf(facets);
    }

    public enum Facet {
        KIND, TAG, AUDIENCE, LEVEL, REGION
    }

    public long count(Facet facet, String value) {
        return facets.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }
}
