package no.medvirk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The catalogue benchmark (bench/catalog.sh; figures in docs/performance.md): an import of 100 course folders,
 * then the catalogue's first page over 500 published courses, with and without search words. Runs only with
 * -Dmedvirk.bench=true, on a database of its own.
 */
@SpringBootTest(properties = {"medvirk.data-dir=target/bench-catalog-data", "medvirk.embedded-db.start-clean=true",
    "logging.level.no.medvirk=warn"})
@EnabledIfSystemProperty(named = "medvirk.bench", matches = "true")
class CatalogBenchmark {

    static final int COURSES = 500;
    static final int RUNS = 200;

    @TempDir
    Path courses;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> report = new ArrayList<>();

    @Test
    void import_and_first_page() throws IOException {
        copies(COURSES);
        var importer = new CourseImporter(courses, jdbc, Clock.systemUTC(), Optional.empty(), new LessonHtml(),
                new CourseMedia(jdbc));
        var hundred = new ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            hundred.add(name(i));
        }
        long start = System.nanoTime();
        hundred.forEach(importer::importFolder);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        for (int i = 100; i < COURSES; i++) {
            importer.importFolder(name(i));
        }
        jdbc.execute("vacuum analyze");
        report("# Catalogue benchmark, " + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        report("");
        report(String.format(Locale.ROOT, "Import of 100 course folders (read, check, store a version): %.1f s",
                importSeconds));
        report("");
        report("| first page over " + COURSES + " courses | p50 ms | p95 ms | max ms |");
        report("|---|---|---|---|");
        measure("everything, recommended first", CatalogQuery.everything(Set.of("representative")));
        measure("search words (Norwegian stemming)", new CatalogQuery("lovene medvirke", Set.of(), Set.of(),
                Set.of("representative")));
        measure("audience and level filters", new CatalogQuery("", Set.of("service-leader"), Set.of("system"),
                Set.of("service-leader")));
        Path out = Path.of("target/bench/catalog.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(catalog.search(CatalogQuery.everything(Set.of()))).hasSizeGreaterThanOrEqualTo(COURSES);
    }

    private void measure(String name, CatalogQuery query) {
        for (int i = 0; i < 20; i++) {
            catalog.search(query);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            catalog.search(query);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        report(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", name, millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]));
    }

    /** The sample course copied under new ids, so that every copy is a course of its own. */
    private void copies(int count) throws IOException {
        Path sample = Path.of("courses/eksempelkurs");
        FileSystemUtils.copyRecursively(Path.of("courses/shared"), courses.resolve("shared"));
        for (int i = 0; i < count; i++) {
            Path copy = courses.resolve(name(i));
            FileSystemUtils.copyRecursively(sample, copy);
            Path yaml = copy.resolve("course.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("id: eksempelkurs", "id: " + name(i))
                    .replace("Eksempelkurs:", "Kurs " + i + ":"));
        }
    }

    private static String name(int i) {
        return "bench-kurs-" + i;
    }

    private void report(String line) {
        report.add(line);
        System.out.println(line);
    }
}
