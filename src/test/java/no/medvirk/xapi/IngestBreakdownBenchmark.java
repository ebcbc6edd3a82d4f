package no.medvirk.xapi;

import com.fasterxml.uuid.Generators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import no.medvirk.support.Parallel;
import no.medvirk.xapi.validation.StatementValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Where the LRS's ingest time goes (bench/lrs.sh runs it after LrsBenchmark; figures in docs/performance.md): the
 * same kind of statements, 100 per batch, 4 threads, each step measured alone against the plain one-column jsonb
 * insert of the same run. Not part of the test suite: it runs only with -Dmedvirk.bench=true.
 * <ol>
 * <li>the Java work alone: parse, validate, prepare (id, stored, authority, version), index and write the JSON;</li>
 * <li>the database work alone, as StatementStore does it: statement rows and their link rows in one transaction;</li>
 * <li>the statement rows alone (a copy of the statements table with its indexes, no link rows);</li>
 * <li>the whole in-process API, {@link LearningRecordStore#record}.</li>
 * </ol>
 */
@SpringBootTest(properties = {"medvirk.data-dir=target/bench-data", "medvirk.embedded-db.start-clean=true",
    "logging.level.no.medvirk=warn"})
@EnabledIfSystemProperty(named = "medvirk.bench", matches = "true")
class IngestBreakdownBenchmark {

    static final int STATEMENTS = Integer.getInteger("medvirk.bench.breakdown", 50_000);
    static final int BATCH = 100;
    static final int THREADS = 4;

    @Autowired
    LearningRecordStore lrs;

    @Autowired
    XapiClients clients;

    @Autowired
    StatementStore store;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transaction;

    final List<String> report = new ArrayList<>();
    long seed = 100;

    @Test
    void breakdown() throws Exception {
        XapiClient client = clients.authenticate(XapiHttp.KEY, XapiHttp.SECRET).orElseThrow();
        JsonNode authority = XapiJson.parse(client.authority());
        sql("drop table if exists breakdown_plain, breakdown_rows; create table breakdown_plain (doc jsonb not null);"
                + "create table breakdown_rows (like xapi_statement including defaults including indexes)");
        report("| step, " + THREADS + " threads, " + BATCH + " per batch | statements/s | share of plain |");
        report("|---|---|---|");
        for (int round = 1; round <= 2; round++) {
            double plain = rate(batches(), batch -> plain(batch));
            var validator = new StatementValidator();
            double java = rate(batches(), batch -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                for (String json : batch) {
                    JsonNode statement = XapiJson.parse(json);
                    validator.validate(statement, XapiVersion.V1_0_3);
                    var prepared = StatementPreparer.prepare(statement, authority, XapiVersion.V1_0_3, now);
                    StatementIndex.of(prepared);
                    XapiJson.write(prepared);
                }
            });
            var ready = prepared(batches(), authority);
            double database = rate(ready.size(), i -> transaction.executeWithoutResult(t -> store.insert(ready.get(i))));
            var rowsOnly = prepared(batches(), authority);
            double rows = rate(rowsOnly.size(), i -> statementRowsOnly(rowsOnly.get(i)));
            var parsed = batches();
            double record = rate(parsed, batch -> lrs.record(batch.stream().map(XapiJson::parse).toList(), client,
                    XapiVersion.V1_0_3));
            report(row("round " + round + ": plain JDBC batch, one jsonb column", plain, plain));
            report(row("round " + round + ": Java only (parse, validate, prepare, index, write)", java, plain));
            report(row("round " + round + ": database only, statements + link rows (StatementStore)", database, plain));
            report(row("round " + round + ": database only, statement rows without link rows", rows, plain));
            report(row("round " + round + ": LearningRecordStore.record, in process", record, plain));
        }
        Path out = Path.of("target/bench/lrs-breakdown.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private List<List<String>> batches() {
        var random = new SplittableRandom(seed++);
        List<List<String>> batches = new ArrayList<>();
        for (int b = 0; b < STATEMENTS / BATCH; b++) {
            List<String> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(statement(random));
            }
            batches.add(batch);
        }
        return batches;
    }

    /** About 1 KB, shaped like LrsBenchmark's statements: a learner, a verb, a lesson in a course, a result. */
    private static String statement(SplittableRandom random) {
        int agent = random.nextInt(5_000);
        int lesson = random.nextInt(2_000);
        return """
                {"id":"%s","actor":{"objectType":"Agent","name":"Deltaker %d","mbox":"mailto:learner%d@kommune%d.example.no"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/experienced","display":{"en-US":"experienced","nb-NO":"opplevde"}},
                 "object":{"objectType":"Activity","id":"https://medvirk.no/courses/course-%d/lessons/lesson-%d",
                  "definition":{"type":"http://adlnet.gov/expapi/activities/lesson",
                   "name":{"nb-NO":"Leksjon %d om bruker- og pårørendemedvirkning","en-US":"Lesson %d on participation"},
                   "description":{"nb-NO":"Hva rådene sier om medvirkning på tjeneste- og systemnivå, med eksempler."}}},
                 "result":{"score":{"scaled":%s},"success":true,"completion":true,"duration":"PT%dS"},
                 "context":{"registration":"%s","contextActivities":{"parent":[{"id":"https://medvirk.no/courses/course-%d"}],
                  "grouping":[{"id":"https://medvirk.no/programmes/representatives"}]},"platform":"Medvirk","language":"nb-NO"},
                 "timestamp":"2026-11-1%dT10:%d:00.000Z"}"""
                .formatted(UUID.randomUUID(), agent, agent, agent % 50, lesson % 40, lesson, lesson, lesson,
                        random.nextInt(101) / 100.0, random.nextInt(3600), new UUID(0x6d65647669726bL,
                                random.nextInt(20_000)), lesson % 40, random.nextInt(10), 10 + random.nextInt(50));
    }

    private List<List<StatementStore.NewStatement>> prepared(List<List<String>> batches, JsonNode authority) {
        var sequence = Generators.timeBasedEpochGenerator();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return batches.stream().map(batch -> batch.stream().map(json -> {
            var statement = StatementPreparer.prepare(XapiJson.parse(json), authority, XapiVersion.V1_0_3, now);
            return new StatementStore.NewStatement(sequence.generate(), UUID.fromString(statement.get("id")
                    .stringValue()), now, StatementPreparer.timestamp(statement), StatementIndex.of(statement),
                    XapiJson.write(statement), null);
        }).toList()).toList();
    }

    private void plain(List<String> batch) throws Exception {
        try (Connection c = dataSource.getConnection();
                var insert = c.prepareStatement("insert into breakdown_plain (doc) values (?::jsonb)")) {
            c.setAutoCommit(false);
            for (String json : batch) {
                insert.setString(1, json);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /** The statements table's insert (as StatementStore writes it), into a copy of the table with its indexes. */
    private void statementRowsOnly(List<StatementStore.NewStatement> batch) {
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement("""
                insert into breakdown_rows (seq, id, stored, stmt_timestamp, verb_id, registration, voids, refers_to,
                                        client_id, statement)
                select seq, id, stored, ts, verb, reg, voids, refs, client, body::jsonb
                from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::uuid[],
                            ?::uuid[], ?::uuid[], ?::uuid[], ?::text[])
                     as t(seq, id, stored, ts, verb, reg, voids, refs, client, body)
                on conflict (id) do nothing""")) {
            c.setAutoCommit(false);
            Object[][] columns = new Object[10][batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                var s = batch.get(i);
                Object[] values = {s.seq(), s.id(), java.sql.Timestamp.from(s.stored()),
                    java.sql.Timestamp.from(s.timestamp()), s.index().verbId(), s.index().registration(),
                    s.index().voids(), s.index().refersTo(), s.clientId(), s.json()};
                for (int column = 0; column < values.length; column++) {
                    columns[column][i] = values[column];
                }
            }
            String[] types = {"uuid", "uuid", "timestamptz", "timestamptz", "text", "uuid", "uuid", "uuid", "uuid",
                "text"};
            for (int column = 0; column < columns.length; column++) {
                insert.setArray(column + 1, c.createArrayOf(types[column], columns[column]));
            }
            insert.executeUpdate();
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statements) throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(statements);
        }
    }

    private interface BatchTask {
        void run(List<String> batch) throws Exception;
    }

    private static double rate(List<List<String>> batches, BatchTask task) throws Exception {
        return rate(batches.size(), i -> task.run(batches.get(i)));
    }

    private static double rate(int tasks, Parallel.Task task) throws Exception {
        long start = System.nanoTime();
        Parallel.run(THREADS, tasks, task);
        return (double) tasks * BATCH / ((System.nanoTime() - start) / 1e9);
    }

    private void report(String line) {
        report.add(line);
        System.out.println(line);
    }

    private static String row(String what, double rate, double plain) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f %% |", what, rate, 100 * rate / plain);
    }
}
