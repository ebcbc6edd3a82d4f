package no.medvirk.competence;

import java.util.List;
import java.util.Optional;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A competence framework as its file under courses/competence/ describes it, checked and complete: levels of
 * responsibility, each with the items a person at that level should know and a self-assessment checklist.
 *
 * @param evidence what counts as evidence that a person has an item
 * @param validityMonths how long evidence counts; null when it never expires
 */
public record Framework(String id, LocalizedText title, LocalizedText summary, Evidence evidence,
        @Nullable Integer validityMonths, List<Source> sources, List<Level> levels) {

    /** Where a framework's items come from. */
    public record Source(String id, String title, @Nullable String publisher, @Nullable String url,
            @Nullable Integer year) {}

    /** Every item of every level, in the order of the file. */
    public List<Item> allItems() {
        return levels.stream().flatMap(level -> level.items().stream()).toList();
    }

    public Optional<Item> findItem(String itemId) {
        return allItems().stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}
