package no.medvirk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.Certificates;
import no.medvirk.certificate.CourseSnapshot;
import no.medvirk.competence.CompetenceFrameworks;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The certificate benchmark (bench/certificates.sh; figures in docs/performance.md). Not part of the test suite: it
 * runs only with -Dmedvirk.bench=true. Certificates of the sample course (its logo, eight competence items) are
 * rendered through {@link Certificates} as a download would: one at a time after a warm-up (median, p95), then
 * 1,000 as one zip.
 */
@SpringBootTest(properties = {"medvirk.data-dir=target/bench-data", "medvirk.embedded-db.start-clean=true",
    "logging.level.no.medvirk=warn"})
@EnabledIfSystemProperty(named = "medvirk.bench", matches = "true")
class CertificateBenchmark {

    static final int WARM_UP = Integer.getInteger("medvirk.bench.warmup", 300);
    static final int SINGLE = Integer.getInteger("medvirk.bench.single", 500);
    static final int ZIP = Integer.getInteger("medvirk.bench.zip", 1000);

    @Autowired
    Certificates certificates;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    CompetenceFrameworks frameworks;

    @Test
    void one_certificate_and_a_thousand_as_a_zip() throws Exception {
        var version = catalog.currentVersion("eksempelkurs").orElseThrow();
        var course = version.course();
        var items = course.competence().stream().map(id -> new CourseSnapshot.CompetenceItem(id,
                frameworks.item(id).orElseThrow().text())).toList();
        var snapshot = new CourseSnapshot(course.title(), course.levels(), items, course.estimatedMinutes(),
                course.certificate());
        List<Certificate> list = new ArrayList<>();
        for (int i = 0; i < Math.max(ZIP, WARM_UP + SINGLE); i++) {
            list.add(new Certificate(UUID.randomUUID(), "ABCDE-FGHJK-" + String.format("%05d", i),
                    new PersonId(UUID.randomUUID()), version.courseId(), version.id(), version.number(),
                    "Åse Ødegård " + i, new OrganisationId(UUID.randomUUID()), "Fjordvik kommune",
                    i % 2 == 0 ? Language.NB : Language.EN, snapshot, 30 + i % 60, true,
                    Instant.parse("2026-03-12T10:00:00Z"), Instant.parse("2026-03-12T10:00:05Z"), null, null, null,
                    null, null));
        }

        for (int i = 0; i < WARM_UP; i++) {
            certificates.pdf(list.get(i));
        }
        double[] millis = new double[SINGLE];
        long bytes = 0;
        for (int i = 0; i < SINGLE; i++) {
            long start = System.nanoTime();
            bytes += certificates.pdf(list.get(WARM_UP + i)).length;
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[SINGLE / 2];
        double p95 = millis[(int) (SINGLE * 0.95)];

        var out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        certificates.zip(list.subList(0, ZIP), out);
        double zipSeconds = (System.nanoTime() - start) / 1e9;

        var report = List.of(
                "# Certificate benchmark, " + java.time.LocalDate.now() + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version(),
                "",
                "| measure | result | target |",
                "|---|---|---|",
                String.format(Locale.ROOT, "| one certificate, warm (%d after %d), median | %.1f ms | < 30 ms |",
                        SINGLE, WARM_UP, median),
                String.format(Locale.ROOT, "| one certificate, p95 | %.1f ms | |", p95),
                String.format(Locale.ROOT, "| one certificate, mean size | %.1f KB | |", bytes / 1024.0 / SINGLE),
                String.format(Locale.ROOT, "| %d certificates as one zip | %.1f s (%.1f MB) | < 30 s |", ZIP,
                        zipSeconds, out.size() / 1024.0 / 1024.0));
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/certificates.md"), report);
        report.forEach(System.out::println);
        assertThat(median).as("median ms per certificate").isLessThan(30);
        assertThat(zipSeconds).as("seconds for the zip").isLessThan(30);
    }
}
