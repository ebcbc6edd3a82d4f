package no.medvirk.competence;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The statuses of a matrix's people, read a chunk of people at a time when first asked for: the page a leader sees
 * reads its own people's statuses, not everyone's; an export, going through all rows, reads them chunk by chunk.
 */
final class PagedStatuses {

    static final int CHUNK = 500;

    private final List<UUID> people;
    private final Map<UUID, Integer> position = new HashMap<>();
    private final Function<List<UUID>, Map<UUID, Map<String, ItemStatus>>> read;
    private final Map<UUID, Map<String, ItemStatus>> loaded = new HashMap<>();

    PagedStatuses(List<UUID> people, Function<List<UUID>, Map<UUID, Map<String, ItemStatus>>> read) {
        this.people = people;
        this.read = read;
        for (int i = 0; i < people.size(); i++) {
            position.putIfAbsent(people.get(i), i);
        }
    }

    /** A person's statuses by item id, read (with the chunk of people around them) when first asked for. */
    Map<String, ItemStatus> of(UUID person) {
        return new Lazy(person);
    }

    private synchronized Map<String, ItemStatus> load(UUID person) {
        Map<String, ItemStatus> statuses = loaded.get(person);
        if (statuses == null) {
            int at = position.getOrDefault(person, 0);
            int from = at / CHUNK * CHUNK;
            List<UUID> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            Map<UUID, Map<String, ItemStatus>> read = this.read.apply(chunk);
            chunk.forEach(p -> loaded.put(p, read.getOrDefault(p, Map.of())));
            statuses = loaded.getOrDefault(person, Map.of());
        }
        return statuses;
    }

    /** A read-only map that reads on first use. */
    private final class Lazy extends AbstractMap<String, ItemStatus> {

        private final UUID person;

        Lazy(UUID person) {
            this.person = person;
        }

        @Override
        public ItemStatus get(Object itemId) {
            return load(person).get(itemId);
        }

        @Override
        public Set<Entry<String, ItemStatus>> entrySet() {
            return load(person).entrySet();
        }
    }
}
