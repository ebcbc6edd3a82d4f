package no.medvirk.catalog;

import java.util.Set;

/**
 * What a learner looks for in the catalogue: words (searched with Norwegian stemming), audiences and levels (any
 * of them), and the audiences to put first because they fit the learner's role.
 */
public record CatalogQuery(String words, Set<String> audiences, Set<String> levels, Set<String> recommendedFor) {

    public static CatalogQuery everything(Set<String> recommendedFor) {
        return new CatalogQuery("", Set.of(), Set.of(), recommendedFor);
    }
}
