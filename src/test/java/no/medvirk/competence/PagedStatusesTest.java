package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedStatusesTest {

    @Test
    void a_page_reads_only_its_own_chunk_and_going_through_everyone_reads_each_chunk_once() {
        List<UUID> people = IntStream.range(0, 1_200).mapToObj(i -> UUID.randomUUID()).toList();
        List<Integer> reads = new ArrayList<>();
        var statuses = new PagedStatuses(people, chunk -> {
            reads.add(chunk.size());
            Map<UUID, Map<String, ItemStatus>> read = new HashMap<>();
            chunk.forEach(p -> read.put(p, Map.of("i", new ItemStatus("i", ItemStatus.Status.IN_PROGRESS, null, null,
                    java.util.Set.of(EvidenceKind.COURSE)))));
            return read;
        });
        var rows = people.stream().map(statuses::of).toList();
        assertThat(reads).isEmpty();

        assertThat(rows.get(0).get("i").status()).isEqualTo(ItemStatus.Status.IN_PROGRESS);
        assertThat(rows.get(49).get("i")).isNotNull();
        assertThat(reads).containsExactly(PagedStatuses.CHUNK);

        rows.forEach(row -> assertThat(row).hasSize(1));
        assertThat(reads).containsExactly(500, 500, 200);
    }
}
