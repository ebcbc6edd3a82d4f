package no.medvirk.resourcebank;

import java.util.Set;

/** What someone looks for in the bank: words, and facet values to narrow by (any value of a facet matches). */
public record BankQuery(String words, Set<EntryKind> kinds, Set<String> tags, Set<String> audiences,
        Set<String> levels, Set<String> regions) {

    public BankQuery {
        kinds = Set.copyOf(kinds);
        tags = Set.copyOf(tags);
        audiences = Set.copyOf(audiences);
        levels = Set.copyOf(levels);
        regions = Set.copyOf(regions);
    }

    public static BankQuery words(String words) {
        return new BankQuery(words, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }
}
