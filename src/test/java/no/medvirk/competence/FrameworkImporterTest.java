package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import no.medvirk.competence.FrameworkImportResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Importing framework files: a version per content change, nothing for an unchanged or a broken file. */
@SpringBootTest
class FrameworkImporterTest {

    @TempDir
    Path courses;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CompetenceFrameworks frameworks;

    FrameworkImporter importer;
    String id;

    @BeforeEach
    void aFrameworkFile() throws IOException {
        importer = new FrameworkImporter(courses, jdbc, Clock.systemUTC(), transactions, frameworks);
        id = "ramme-" + Long.toString(System.nanoTime(), 36);
        write("Første versjon.");
    }

    void write(String itemText) throws IOException {
        Files.createDirectories(courses.resolve("competence"));
        Files.writeString(courses.resolve("competence/" + id + ".yaml"), """
                id: %1$s
                title: {nb: Importrammeverk, en: Import framework}
                summary: {nb: Til test., en: For tests.}
                evidence: course-completion
                sources: [{id: kilde, title: Kilde}]
                levels:
                  - id: niva
                    title: {nb: Nivå, en: Level}
                    items:
                      - id: %1$s-element
                        text: {nb: %2$s, en: An item.}
                    checklist:
                      - id: %1$s-utsagn
                        text: {nb: Jeg kan det., en: I can do it.}
                """.formatted(id, itemText));
    }

    FrameworkImportResult importOnce() {
        return importer.importAll().stream().filter(r -> r.framework().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_first_import_publishes_version_1_and_importing_again_changes_nothing() {
        assertThat(importOnce()).extracting(FrameworkImportResult::outcome, FrameworkImportResult::version)
                .containsExactly(Outcome.NEW_VERSION, 1);
        assertThat(importOnce()).extracting(FrameworkImportResult::outcome, FrameworkImportResult::version)
                .containsExactly(Outcome.UNCHANGED, 1);
        assertThat(versions()).isEqualTo(1);
        assertThat(frameworks.framework(id)).get().extracting(f -> f.levels().getFirst().items().getFirst().text().nb())
                .isEqualTo("Første versjon.");
        assertThat(frameworks.knownItemIds()).contains(id + "-element");
        assertThat(frameworks.item(id + "-element")).get().extracting(Item::frameworkId).isEqualTo(id);
    }

    @Test
    void a_changed_item_makes_a_new_version_and_a_broken_file_keeps_the_last_good_one() throws IOException {
        importOnce();
        write("Andre versjon.");

        assertThat(importOnce()).extracting(FrameworkImportResult::outcome, FrameworkImportResult::version)
                .containsExactly(Outcome.NEW_VERSION, 2);

        Files.writeString(courses.resolve("competence/" + id + ".yaml"), Files.readString(
                courses.resolve("competence/" + id + ".yaml")).replace("course-completion", "diplom"));
        var broken = importOnce();

        assertThat(broken.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(broken.version()).isEqualTo(2);
        assertThat(broken.problems()).singleElement().hasToString("competence/" + id + ".yaml:4: Ukjent verdi "
                + "«diplom» i «evidence». Velg blant: course-completion, self-and-leader, any.");
        assertThat(versions()).isEqualTo(2);
        assertThat(frameworks.framework(id)).get().extracting(f -> f.levels().getFirst().items().getFirst().text().nb())
                .isEqualTo("Andre versjon.");
        assertThat(importer.lastImport()).anyMatch(r -> r.framework().equals(id) && r.outcome() == Outcome.INVALID);
    }

    @Test
    void the_repository_frameworks_are_imported_on_start() {
        assertThat(frameworks.framework("nasjonale-faglige-rad")).get()
                .satisfies(f -> assertThat(f.allItems()).hasSize(18));
        assertThat(frameworks.knownItemIds()).contains("rep-tre-nivaer", "forsk-etikk", "stud-i-praksis");
        assertThat(frameworks.item("tjeneste-rollemodell")).get()
                .extracting(Item::frameworkId, Item::levelId)
                .containsExactly("nasjonale-faglige-rad", "ledere-tjenesteniva");
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from competence_framework_version where framework_id = ?",
                Integer.class, id);
    }
}
