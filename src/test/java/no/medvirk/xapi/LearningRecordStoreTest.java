package no.medvirk.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** The in-process API the other modules use: the same rules as over HTTP, and an event after each batch. */
@SpringBootTest
@RecordApplicationEvents
class LearningRecordStoreTest {

    @Autowired
    LearningRecordStore lrs;

    @Autowired
    XapiClients clients;

    @Autowired
    ApplicationEvents events;

    XapiClient demo() {
        return clients.authenticate(XapiHttp.KEY, XapiHttp.SECRET).orElseThrow();
    }

    static JsonNode statement(String mbox, String activity) {
        return XapiJson.parse("""
                {"actor": {"mbox": "mailto:%s"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "%s"}}""".formatted(mbox, activity));
    }

    @Test
    void a_stored_batch_is_announced_with_the_ids_stored() {
        var ids = lrs.record(List.of(statement("e1@example.no", "https://x.no/e"),
                statement("e2@example.no", "https://x.no/e")), demo(), XapiVersion.V2_0_0);

        assertThat(events.stream(StatementsStored.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.statementIds()).containsExactlyElementsOf(ids);
                    assertThat(e.statements().getFirst()).satisfies(brief -> {
                        assertThat(brief.mbox()).isEqualTo("mailto:e1@example.no");
                        assertThat(brief.verb()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
                        assertThat(brief.activityId()).isEqualTo("https://x.no/e");
                        assertThat(brief.voids()).isNull();
                    });
                });
        assertThat(lrs.statement(ids.getFirst())).isPresent();
    }

    @Test
    void a_client_without_write_scope_cannot_record() {
        String key = "reader-" + UUID.randomUUID();
        clients.create("Reader", key, "a-long-reader-secret", Set.of(Scope.STATEMENTS_READ));
        XapiClient reader = clients.authenticate(key, "a-long-reader-secret").orElseThrow();

        assertThatThrownBy(() -> lrs.record(List.of(statement("r@example.no", "https://x.no/r")), reader,
                XapiVersion.V2_0_0)).isInstanceOfSatisfying(XapiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void parallel_writers_never_lose_or_duplicate_a_statement() throws Exception {
        String activity = "https://x.no/parallel/" + UUID.randomUUID();
        int writers = 8;
        int batches = 10;
        int perBatch = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<UUID>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(pool.submit(() -> {
                List<UUID> ids = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    List<JsonNode> batch = new ArrayList<>();
                    for (int s = 0; s < perBatch; s++) {
                        batch.add(statement("w" + writer + "@example.no", activity));
                    }
                    ids.addAll(lrs.record(batch, demo(), XapiVersion.V2_0_0));
                }
                return ids;
            }));
        }
        Set<UUID> all = new HashSet<>();
        for (var result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();

        assertThat(all).hasSize(writers * batches * perBatch);
        var stored = new HashSet<UUID>();
        var query = new StatementQuery(null, null, activity, null, false, false, null, null, 0, false, null,
                null);
        for (var page = lrs.query(query); ; page = lrs.query(page.more().orElseThrow())) {
            page.statements().forEach(s -> assertThat(stored.add(UUID.fromString(s.get("id").stringValue()))).isTrue());
            if (page.more().isEmpty()) {
                break;
            }
        }
        assertThat(stored).isEqualTo(all);
    }

    @Test
    void parallel_writers_of_the_same_statement_id_store_it_once_and_conflicting_content_is_refused() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode same = XapiJson.parse(statement("same@example.no", "https://x.no/same").toString()
                .replaceFirst("\\{", "{\"id\": \"" + id + "\", "));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            writes.add(pool.submit(() -> lrs.record(List.of(same), demo(), XapiVersion.V2_0_0)));
        }
        for (var write : writes) {
            write.get();
        }
        pool.shutdown();

        var query = new StatementQuery(null, null, "https://x.no/same", null, false, false, null, null, 0, false, null,
                null);
        assertThat(Collections.frequency(lrs.query(query).statements().stream()
                .map(s -> s.get("id").stringValue()).toList(), id.toString())).isEqualTo(1);
        JsonNode other = XapiJson.parse(same.toString().replace("completed", "failed"));
        assertThatThrownBy(() -> lrs.record(List.of(other), demo(), XapiVersion.V2_0_0))
                .isInstanceOfSatisfying(XapiException.class, e -> assertThat(e.status()).isEqualTo(409));
    }
}
