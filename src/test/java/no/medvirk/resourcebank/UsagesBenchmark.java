package no.medvirk.resourcebank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.medvirk.catalog.CourseImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * "Where used" on an entry's page (bench/usages.sh; figures in docs/performance.md): 200 published courses, every
 * tenth with a lesson that links the entry; {@link Usages#of} timed 200 times after 20 warm-up runs. Runs only with
 * -Dmedvirk.bench=true, on a database and a courses folder of its own.
 */
@SpringBootTest(properties = {"medvirk.data-dir=target/bench-usages-data", "medvirk.embedded-db.start-clean=true",
    "medvirk.courses-dir=target/bench-usages-courses", "logging.level.no.medvirk=warn"})
@EnabledIfSystemProperty(named = "medvirk.bench", matches = "true")
class UsagesBenchmark {

    static final int COURSES = 200;
    static final int RUNS = 200;
    static final Path FOLDER = Path.of("target/bench-usages-courses");
    static final UUID ENTRY = UUID.randomUUID();

    @Autowired
    CourseImporter importer;

    @Autowired
    Usages usages;

    final List<String> report = new ArrayList<>();

    /** Written before the application starts, which imports the frameworks and then every course in it. */
    @BeforeAll
    static void courses() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        FileSystemUtils.copyRecursively(Path.of("courses/shared"), FOLDER.resolve("shared"));
        FileSystemUtils.copyRecursively(Path.of("courses/competence"), FOLDER.resolve("competence"));
        for (int i = 0; i < COURSES; i++) {
            Path copy = FOLDER.resolve("bruk-kurs-" + i);
            FileSystemUtils.copyRecursively(Path.of("courses/eksempelkurs"), copy);
            Path yaml = copy.resolve("course.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("id: eksempelkurs", "id: bruk-kurs-" + i));
            if (i % 10 == 0) {
                Path lesson = copy.resolve("lessons/01-hva-er-medvirkning.md");
                Files.writeString(lesson, Files.readString(lesson) + "\n\nSe [metoden](/ressursbank/" + ENTRY
                        + ").\n");
            }
        }
    }

    @Test
    void where_used_on_an_entry_page() throws IOException {
        UUID entry = ENTRY;
        assertThat(importer.lastImport()).hasSizeGreaterThanOrEqualTo(COURSES)
                .allSatisfy(result -> assertThat(result.problems()).as(result.folder()).isEmpty());
        report("# Where-used benchmark, " + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        report("");
        report("| Usages.of over " + COURSES + " published courses | p50 ms | p95 ms | max ms |");
        report("|---|---|---|---|");
        measure("an entry ten courses link", entry);
        measure("an entry no course links", UUID.randomUUID());
        Path out = Path.of("target/bench/usages.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(usages.of(entry)).hasSize(COURSES / 10);
    }

    private void measure(String name, UUID entry) {
        for (int i = 0; i < 20; i++) {
            usages.of(entry);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            usages.of(entry);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        report(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", name, millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]));
    }

    private void report(String line) {
        report.add(line);
        System.out.println(line);
    }
}
