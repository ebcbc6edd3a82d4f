package no.medvirk.competence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.medvirk.catalog.CourseImporter;
import no.medvirk.competence.FrameworkImportResult.Outcome;
import no.medvirk.competence.source.FrameworkFileReader;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the framework files under courses/competence/ on start, before the courses (whose competence ids are
 * checked against them), and on demand. A framework whose content changed gets a new, immutable version; an unchanged
 * one is left alone; an invalid one changes nothing that was published before.
 */
@Service
public class FrameworkImporter {

    private static final Logger log = LoggerFactory.getLogger(FrameworkImporter.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path coursesDir;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final CompetenceFrameworks frameworks;
    private final Map<String, FrameworkImportResult> lastImport = new ConcurrentHashMap<>();

    FrameworkImporter(@Value("${medvirk.courses-dir:./courses}") Path coursesDir, JdbcTemplate jdbc, Clock clock,
            PlatformTransactionManager transactions, CompetenceFrameworks frameworks) {
        this.frameworks = frameworks;
        this.coursesDir = coursesDir;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** On start, before the courses; and again when a course administrator reloads every course. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(CourseImporter.IMPORT_ORDER - 10)
    public void importOnStart() {
        if (Files.isDirectory(coursesDir.resolve(FrameworkFileReader.FOLDER))) {
            importAll().forEach(r -> log.info("Competence framework {}: {} (version {}){}", r.file(), r.outcome(),
                    r.version(), r.problems().isEmpty() ? "" : " " + r.problems()));
        } else {
            log.info("No competence frameworks at {}", coursesDir.resolve(FrameworkFileReader.FOLDER).toAbsolutePath());
        }
    }

    /** Imports every framework file, one transaction each: one broken file does not hold the others back. */
    public List<FrameworkImportResult> importAll() {
        List<FrameworkImportResult> results = new FrameworkFileReader(coursesDir).readAll().stream()
                .map(read -> read.valid() ? transaction.execute(status -> store(read.file(), read.framework()))
                        : new FrameworkImportResult(read.file(), read.frameworkId(), Outcome.INVALID,
                                currentNumber(read.frameworkId()), read.problems()))
                .toList();
        results.forEach(r -> lastImport.put(r.file(), r));
        frameworks.forget();
        return results;
    }

    /** The problems and outcome of the latest import of each file. */
    public List<FrameworkImportResult> lastImport() {
        return lastImport.values().stream().sorted(Comparator.comparing(FrameworkImportResult::file)).toList();
    }

    private FrameworkImportResult store(String file, Framework framework) {
        String json = JSON.writeValueAsString(framework);
        String hash = DigestUtils.sha256Hex(json);
        jdbc.update("insert into competence_framework (id) values (?) on conflict (id) do nothing", framework.id());
        List<Integer> same = jdbc.queryForList("select number from competence_framework_version "
                + "where framework_id = ? and content_hash = ?", Integer.class, framework.id(), hash);
        if (!same.isEmpty()) {
            return new FrameworkImportResult(file, framework.id(), Outcome.UNCHANGED, same.getFirst(), List.of());
        }
        int number = currentNumber(framework.id()) + 1;
        UUID version = UUID.randomUUID();
        jdbc.update("insert into competence_framework_version (id, framework_id, number, content_hash, source, "
                + "imported_at) values (?, ?, ?, ?, ?::jsonb, ?)", version, framework.id(), number, hash, json,
                Timestamp.from(clock.instant()));
        jdbc.update("update competence_framework set current_version = ? where id = ?", version, framework.id());
        return new FrameworkImportResult(file, framework.id(), Outcome.NEW_VERSION, number, List.of());
    }

    private int currentNumber(String frameworkId) {
        Integer number = jdbc.queryForObject("select max(number) from competence_framework_version "
                + "where framework_id = ?", Integer.class, frameworkId);
        return number == null ? 0 : number;
    }
}
