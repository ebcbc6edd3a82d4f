package no.medvirk.competence;

import java.util.List;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A level of responsibility in a framework (for example leaders at service level).
 *
 * @param audience the course audience the level is for (representative, service-leader, ...), or null
 */
public record Level(String id, @Nullable String audience, LocalizedText title, List<Item> items,
        Checklist checklist) {}
