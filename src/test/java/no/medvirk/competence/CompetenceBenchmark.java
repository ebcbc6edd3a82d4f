package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.Language;
import no.medvirk.shared.MedvirkI18NProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The competence benchmark (bench/competence.sh; figures in docs/performance.md). Runs only with
 * -Dmedvirk.bench=true, on a database of its own, with a framework of its own: one level of 20 items.
 *
 * <p>The data is written straight into the tables with JDBC batches, not through the LRS: 10,000 people in 50 units
 * of one organisation, a leader of all 50 units, and for each person and item the evidence and status rows that
 * about 100 statements per person (1,000,000 in all) would leave: an "in progress" row once per item, then achieved
 * steps, spread over the last 40 months so that some items are expired and some expire soon.
 */
@SpringBootTest(properties = {"medvirk.data-dir=target/bench-competence-data", "medvirk.embedded-db.start-clean=true",
    "logging.level.no.medvirk=warn"})
@EnabledIfSystemProperty(named = "medvirk.bench", matches = "true")
class CompetenceBenchmark {

    static final int PEOPLE = 10_000;
    static final int UNITS = 50;
    static final int ITEMS = 20;
    static final int STATEMENTS = 1_000_000;
    static final String FRAMEWORK = "bench-rad";

    /** The framework file is written before the context starts, so that it is imported on start. */
    @org.springframework.test.context.DynamicPropertySource
    static void coursesOfItsOwn(org.springframework.test.context.DynamicPropertyRegistry registry) {
        writeFramework(Path.of("target/bench-competence-courses/competence/bench-rad.yaml"));
        registry.add("medvirk.courses-dir", () -> "target/bench-competence-courses");
    }

    @Autowired
    FrameworkImporter importer;

    @Autowired
    CompetenceFrameworks frameworks;

    @Autowired
    no.medvirk.identity.Organisations organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CompetenceOverview overview;

    @Autowired
    CompetenceProfiles profiles;

    @Autowired
    CompetenceCoverage coverage;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    MedvirkI18NProvider i18n;

    @Autowired
    Clock clock;

    final List<String> report = new ArrayList<>();

    @Test
    void matrix_export_coverage_and_recomputation() throws IOException {
        assertThat(frameworks.framework(FRAMEWORK)).as(importer.lastImport().toString()).isPresent();
        long start = System.nanoTime();
        Data data = generate();
        jdbc.execute("vacuum analyze");
        report("# Competence benchmark, " + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ", load average before the run " + loadAverage());
        report("");
        report(String.format(Locale.ROOT, "%,d people in %d units, %d items; %,d status rows and %,d evidence rows "
                + "(what about %,d statements leave), written with JDBC batches in %.0f s.", PEOPLE, UNITS, ITEMS,
                count("competence_status"), count("competence_evidence"), STATEMENTS,
                (System.nanoTime() - start) / 1e9));
        report("");
        report("| measured | runs | p50 ms | p95 ms | max ms | target |");
        report("|---|---|---|---|---|---|");
        PersonId leader = data.leader();
        CompetenceMatrix[] last = new CompetenceMatrix[1];
        // What the view does: the matrix of all 10,000 people, and the cells of the page it shows (50 rows).
        measure("leader matrix, all 50 units, with the first page's cells (CompetenceOverview.matrix)", 20, 100,
                "< 300 ms p95", () -> {
                    last[0] = overview.matrix(leader, MatrixFilter.ALL);
                    touch(last[0], 50);
                });
        measure("leader matrix, all 50 units, with every row's cells (as the exports read it)", 5, 30, "",
                () -> touch(overview.matrix(leader, MatrixFilter.ALL), PEOPLE));
        assertThat(last[0].rows()).hasSize(PEOPLE);
        List<UUID> everyone = new ArrayList<>(data.people().keySet());
        Set<String> items = new java.util.HashSet<>(last[0].items().stream().map(Item::id).toList());
        measure("  of which: the leader's units and members (Organisations.ledBy)", 5, 30, "",
                () -> organisations.ledBy(leader));
        measure("  of which: the levels they follow (CompetenceProfiles.targets)", 5, 30, "",
                () -> profiles.targets(everyone));
        measure("  of which: their statuses (CompetenceProfiles.statusOf)", 5, 30, "",
                () -> profiles.statusOf(everyone, items));
        assertThat(last[0].items()).hasSize(ITEMS);
        measure("leader matrix, gaps only", 5, 30, "", () -> overview.matrix(leader,
                new MatrixFilter(null, null, MatrixFilter.Show.GAPS)));
        CompetenceMatrixExport.Texts texts = (key, params) -> i18n.getTranslation(key, Language.NB.locale(), params);
        byte[][] xlsx = new byte[1][];
        measure("XLSX export of that matrix (10,000 rows x 20 items)", 2, 10, "< 3000 ms",
                () -> xlsx[0] = CompetenceMatrixExport.xlsx(overview.matrix(leader, MatrixFilter.ALL), texts,
                        Language.NB, clock.getZone()));
        measure("CSV export of that matrix", 2, 10, "", () -> CompetenceMatrixExport.csv(
                overview.matrix(leader, MatrixFilter.ALL), texts, Language.NB, clock.getZone()));
        Map<PersonId, String> byUnit = new HashMap<>();
        data.people().forEach((person, unit) -> byUnit.put(new PersonId(person), unit.toString()));
        measure("coverage per unit and item over 10,000 people (CompetenceCoverage)", 5, 30, "",
                () -> coverage.coverage(byUnit));
        var transaction = new TransactionTemplate(transactions);
        var random = new SplittableRandom(11);
        List<UUID> people = new ArrayList<>(data.people().keySet());
        measure("one person's recomputation after a statement (lock, recordCourseEvidence, recompute)", 50, 500,
                "< 20 ms p95", () -> transaction.executeWithoutResult(status -> {
                    UUID person = people.get(random.nextInt(people.size()));
                    profiles.lock(List.of(person));
                    profiles.recordCourseEvidence(person, Set.of(item(random.nextInt(ITEMS))), random.nextBoolean(),
                            clock.instant(), "https://bench.medvirk.no/kurs/1", UUID.randomUUID());
                }));
        report("");
        report(String.format(Locale.ROOT, "XLSX size: %.1f MB; load average after the run %s", xlsx[0].length / 1e6,
                loadAverage()));
        Path out = Path.of("target/bench/competence.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private record Data(PersonId leader, Map<UUID, UUID> people) {}

    private Data generate() {
        UUID organisation = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, kind) values (?, 'Benchvik kommune', 'MUNICIPALITY')",
                organisation);
        List<UUID> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(UUID.randomUUID());
        }
        jdbc.batchUpdate("insert into unit (id, organisation_id, name) values (?, ?, ?)", units.stream()
                .map(u -> new Object[] {u, organisation, "Enhet " + units.indexOf(u)}).toList());
        UUID leader = UUID.randomUUID();
        insertPerson(leader, "benchleder", organisation, null);
        jdbc.update("insert into person_role (person_id, role) values (?, 'LEADER')", leader);
        jdbc.batchUpdate("insert into person_led_unit (person_id, unit_id) values (?, ?)",
                units.stream().map(u -> new Object[] {leader, u}).toList());
        Map<UUID, UUID> people = new HashMap<>();
        List<Object[]> persons = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            UUID id = UUID.randomUUID();
            people.put(id, units.get(i % UNITS));
            persons.add(new Object[] {id, "bench" + i, "bench" + i + "@example.no", "Person " + i, organisation,
                    units.get(i % UNITS)});
        }
        jdbc.batchUpdate("insert into person (id, username, email, full_name, password_hash, organisation_id, "
                + "unit_id) values (?, ?, ?, ?, 'x', ?, ?)", persons);
        jdbc.batchUpdate("insert into person_role (person_id, role) values (?, 'LEARNER')",
                people.keySet().stream().map(p -> new Object[] {p}).toList());
        jdbc.batchUpdate("insert into competence_target (person_id, framework_id, level_id) values (?, ?, 'alle')",
                people.keySet().stream().map(p -> new Object[] {p, FRAMEWORK}).toList());
        evidenceAndStatus(people.keySet());
        return new Data(new PersonId(leader), people);
    }

    /** About 100 statements per person over 20 items: the rows they would leave, as the listener writes them. */
    private void evidenceAndStatus(Set<UUID> people) {
        var random = new SplittableRandom(42);
        Instant now = clock.instant();
        List<Object[]> evidence = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        for (UUID person : people) {
            for (int i = 0; i < ITEMS; i++) {
                String item = item(i);
                int statements = random.nextInt(11); // 0 to 10 statements on the item, 5 on average
                if (statements == 0) {
                    continue;
                }
                Instant first = now.minus(Duration.ofDays(random.nextInt(1200)));
                evidence.add(evidenceRow(person, item, false, first));
                Instant achievedAt = null;
                for (int s = 1; s < statements; s++) {
                    if (random.nextInt(3) == 0) { // a passed or completed step
                        Instant at = first.plus(Duration.ofDays(random.nextInt(30)));
                        evidence.add(evidenceRow(person, item, true, at));
                        achievedAt = achievedAt == null || at.isAfter(achievedAt) ? at : achievedAt;
                    }
                }
                Instant expiresAt = achievedAt == null ? null
                        : achievedAt.atOffset(ZoneOffset.UTC).plusMonths(36).toInstant();
                statuses.add(new Object[] {person, item, FRAMEWORK, achievedAt != null, timestamp(achievedAt),
                    timestamp(expiresAt), "course", Timestamp.from(now)});
            }
            if (evidence.size() > 5000) {
                flush(evidence, statuses);
            }
        }
        flush(evidence, statuses);
    }

    private void flush(List<Object[]> evidence, List<Object[]> statuses) {
        jdbc.batchUpdate("insert into competence_evidence (id, person_id, item_id, kind, achieved, recorded_at, "
                + "source, statement_id) values (?, ?, ?, 'course', ?, ?, 'https://bench.medvirk.no/kurs/1', ?)",
                evidence);
        jdbc.batchUpdate("insert into competence_status (person_id, item_id, framework_id, achieved, achieved_at, "
                + "expires_at, evidence, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", statuses);
        evidence.clear();
        statuses.clear();
    }

    private static Object[] evidenceRow(UUID person, String item, boolean achieved, Instant at) {
        return new Object[] {UUID.randomUUID(), person, item, achieved, Timestamp.from(at), UUID.randomUUID()};
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void insertPerson(UUID id, String username, UUID organisation, UUID unit) {
        jdbc.update("insert into person (id, username, email, full_name, password_hash, organisation_id, unit_id) "
                + "values (?, ?, ?, 'Bench Leder', 'x', ?, ?)", id, username, username + "@example.no", organisation,
                unit);
    }

    /** Reads every cell of the first rows, as a page or an export does. */
    private static void touch(CompetenceMatrix matrix, int rows) {
        matrix.rows().stream().limit(rows).forEach(row -> matrix.items().forEach(item -> row.status(item.id())));
    }

    private void measure(String name, int warmUp, int runs, String target, Runnable run) {
        for (int i = 0; i < warmUp; i++) {
            run.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        report(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |", name, runs, millis[runs / 2],
                millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], target));
    }

    private void report(String line) {
        report.add(line);
        System.out.println(line);
    }

    /** Other builds on the same machine slow every figure down: the report says how busy it was. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String item(int i) {
        return "bench-punkt-" + i;
    }

    /** One level of 20 items, each with a checklist statement, evidence by course or self and leader. */
    private static void writeFramework(Path file) {
        var yaml = new StringBuilder("""
                id: bench-rad
                title:
                  nb: Benchmark-rammeverk
                  en: Benchmark framework
                summary:
                  nb: Tjue punkter for benchmarken.
                  en: Twenty items for the benchmark.
                evidence: any
                validityMonths: 36
                sources:
                  - id: bench
                    title: Benchmark
                levels:
                  - id: alle
                    audience: representative
                    title:
                      nb: Alle
                      en: Everyone
                    items:
                """);
        for (int i = 0; i < ITEMS; i++) {
            yaml.append("      - id: ").append(item(i)).append("\n        text:\n          nb: Punkt ").append(i)
                    .append(" i benchmarken.\n          en: Item ").append(i).append(" of the benchmark.\n");
        }
        yaml.append("    checklist:\n");
        for (int i = 0; i < ITEMS; i++) {
            yaml.append("      - id: bench-sjekk-").append(i).append("\n        text:\n          nb: Jeg kan punkt ")
                    .append(i).append(".\n          en: I know item ").append(i).append(".\n        items: [")
                    .append(item(i)).append("]\n");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
