package no.medvirk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import no.medvirk.support.Parallel;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiClients;
import no.medvirk.xapi.XapiHttp;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.XapiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The LRS benchmark (bench/lrs.sh; figures in docs/performance.md). Not part of the test suite: it runs only with
 * -Dmedvirk.bench=true, on a fresh embedded database of its own.
 * <ol>
 * <li>Ingest over HTTP: POSTs of 100 statements from several clients at once; statements per second.</li>
 * <li>The same JSON inserted with a plain JDBC batch into a one-column table, the same way; the LRS's share of
 * that rate is printed.</li>
 * <li>The store filled up to the total (1,000,000 by default) through the in-process API.</li>
 * <li>GET queries over HTTP, one at a time: agent+verb, activity with related_activities, registration, and paging
 * with since; p50, p95 and the slowest.</li>
 * </ol>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "medvirk.data-dir=target/bench-data", "medvirk.embedded-db.start-clean=true", "logging.level.no.medvirk=warn"})
@EnabledIfSystemProperty(named = "medvirk.bench", matches = "true")
class LrsBenchmark {

    static final int BATCH = 100;
    static final int THREADS = Integer.getInteger("medvirk.bench.threads", 4);
    static final int HTTP_STATEMENTS = Integer.getInteger("medvirk.bench.http", 100_000);
    static final int TOTAL = Integer.getInteger("medvirk.bench.total", 1_000_000);
    static final int QUERIES = Integer.getInteger("medvirk.bench.queries", 300);

    @LocalServerPort
    int port;

    @Autowired
    LearningRecordStore lrs;

    @Autowired
    XapiClients clients;

    @Autowired
    DataSource dataSource;

    final List<String> report = new ArrayList<>();

    @Test
    void ingest_and_query() throws Exception {
        report("# LRS benchmark, " + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version());
        report("");
        double lrsRate = ingestOverHttp();
        double jsonbRate = plainJdbc("jsonb");
        double textRate = plainJdbc("text");
        report("| ingest | statements/s |");
        report("|---|---|");
        report(row("LRS, POST /xapi/statements, " + THREADS + " clients, " + BATCH + " per POST", lrsRate));
        report(row("plain JDBC batch into a one-column jsonb table", jsonbRate));
        report(row("plain JDBC batch into a one-column text table", textRate));
        report("");
        report(String.format(Locale.ROOT, "LRS / plain JDBC (jsonb): %.0f %%; LRS / plain JDBC (text): %.0f %%",
                100 * lrsRate / jsonbRate, 100 * lrsRate / textRate));
        report("");
        fill();
        queries();
        Path out = Path.of("target/bench/lrs.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(lrsRate).isPositive();
    }

    private double ingestOverHttp() throws Exception {
        List<List<String>> batches = batches(HTTP_STATEMENTS, 1);
        var xapi = new XapiHttp(port);
        long start = System.nanoTime();
        parallel(batches.size(), i -> {
            var response = xapi.post("/xapi/statements", "[" + String.join(",", batches.get(i)) + "]");
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        });
        return HTTP_STATEMENTS / seconds(start);
    }

    /** The same statements (same seed) into a one-column table: the floor of what PostgreSQL takes this way. */
    private double plainJdbc(String type) throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("drop table if exists bench_plain; create table bench_plain (doc " + type + " not null)");
        }
        List<List<String>> batches = batches(HTTP_STATEMENTS, 1);
        long start = System.nanoTime();
        parallel(batches.size(), i -> {
            try (Connection c = dataSource.getConnection();
                    var insert = c.prepareStatement("insert into bench_plain (doc) values (?::" + type + ")")) {
                c.setAutoCommit(false);
                for (String json : batches.get(i)) {
                    insert.setString(1, json);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            }
        });
        return HTTP_STATEMENTS / seconds(start);
    }

    private void fill() throws Exception {
        int remaining = TOTAL - HTTP_STATEMENTS;
        if (remaining <= 0) {
            return;
        }
        XapiClient client = clients.authenticate(XapiHttp.KEY, XapiHttp.SECRET).orElseThrow();
        int per = 500;
        int batchCount = remaining / per;
        long start = System.nanoTime();
        parallel(batchCount, i -> {
            var generator = new StatementGenerator(1000L + i);
            List<JsonNode> batch = new ArrayList<>(per);
            for (int n = 0; n < per; n++) {
                batch.add(XapiJson.parse(generator.next()));
            }
            lrs.record(batch, client, XapiVersion.V2_0_0);
        });
        report(row("filled to " + TOTAL + " through the in-process API, 500 per batch (statements/s)",
                batchCount * (double) per / seconds(start)));
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
        report("");
    }

    private void queries() {
        var xapi = new XapiHttp(port);
        var random = new SplittableRandom(7);
        report("| query over " + TOTAL + " statements | p50 ms | p95 ms | max ms |");
        report("|---|---|---|---|");
        measure(xapi, "agent + verb", () -> "/xapi/statements?agent="
                + encode("{\"mbox\":\"" + StatementGenerator.agent(random.nextInt(StatementGenerator.AGENTS)) + "\"}")
                + "&verb=" + encode(StatementGenerator.verb(random.nextInt(StatementGenerator.VERBS.length))));
        measure(xapi, "activity (a course) with related_activities", () -> "/xapi/statements?activity="
                + encode(StatementGenerator.course(random.nextInt(StatementGenerator.COURSES)))
                + "&related_activities=true");
        measure(xapi, "registration", () -> "/xapi/statements?registration="
                + StatementGenerator.registration(random.nextInt(StatementGenerator.REGISTRATIONS)));
        String since = java.time.Instant.now().minusSeconds(3600 * 24).toString();
        List<String> more = new ArrayList<>();
        measure(xapi, "since, first page of 100", () -> "/xapi/statements?limit=100&since=" + encode(since));
        JsonNode first = XapiHttp.json(xapi.get("/xapi/statements?limit=100&since=" + encode(since)));
        more.add(first.get("more").stringValue());
        measure(xapi, "since, following the more link", () -> {
            JsonNode page = XapiHttp.json(xapi.get(more.getLast()));
            more.add(page.get("more").stringValue());
            return more.getLast();
        });
    }

    private void measure(XapiHttp xapi, String name, java.util.function.Supplier<String> nextQuery) {
        for (int i = 0; i < 30; i++) {
            xapi.get(nextQuery.get());
        }
        double[] millis = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String query = nextQuery.get();
            long start = System.nanoTime();
            var response = xapi.get(query);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
        Arrays.sort(millis);
        report(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", name, millis[QUERIES / 2],
                millis[(int) Math.ceil(QUERIES * 0.95) - 1], millis[QUERIES - 1]));
    }

    private static List<List<String>> batches(int statements, long seed) {
        var generator = new StatementGenerator(seed);
        List<List<String>> batches = new ArrayList<>();
        for (int b = 0; b < statements / BATCH; b++) {
            List<String> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(generator.next());
            }
            batches.add(batch);
        }
        return batches;
    }

    private static void parallel(int tasks, Parallel.Task task) throws Exception {
        Parallel.run(THREADS, tasks, task);
    }

    private void report(String line) {
        report.add(line);
        System.out.println(line);
    }

    private static String row(String what, double rate) {
        return String.format(Locale.ROOT, "| %s | %.0f |", what, rate);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
