package no.medvirk.competence.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.medvirk.competence.Evidence;
import no.medvirk.competence.Framework;
import no.medvirk.competence.Item;
import no.medvirk.competence.Level;
import org.junit.jupiter.api.Test;

/** The frameworks shipped in the repository's courses/competence/ are valid and say what the sources say. */
class ShippedFrameworksTest {

    static final List<FrameworkFileReader.Result> SHIPPED = new FrameworkFileReader(Path.of("courses")).readAll();

    static Framework framework(String id) {
        return SHIPPED.stream().filter(r -> r.frameworkId().equals(id)).findFirst().orElseThrow().framework();
    }

    @Test
    void every_shipped_framework_reads_without_problems() {
        assertThat(SHIPPED).extracting(FrameworkFileReader.Result::frameworkId)
                .containsExactly("forskning", "nasjonale-faglige-rad", "studenter");
        SHIPPED.forEach(r -> assertThat(r.problems()).as(r.file()).isEmpty());
    }

    @Test
    void the_national_advice_has_7_6_and_5_items_for_representatives_and_leaders_at_service_and_system_level() {
        Framework advice = framework("nasjonale-faglige-rad");

        Map<String, Integer> items = advice.levels().stream()
                .collect(Collectors.toMap(Level::audience, l -> l.items().size()));
        assertThat(advice.levels()).extracting(Level::id)
                .containsExactly("representanter", "ledere-tjenesteniva", "ledere-systemniva");
        assertThat(items).containsExactlyInAnyOrderEntriesOf(
                Map.of("representative", 7, "service-leader", 6, "system-leader", 5));
        assertThat(advice.evidence()).isEqualTo(Evidence.ANY);
        assertThat(advice.validityMonths()).isEqualTo(36);
        assertThat(advice.allItems()).allSatisfy(item -> {
            assertThat(item.source().publisher()).isEqualTo("Helsedirektoratet");
            assertThat(item.source().url()).startsWith("https://www.helsebiblioteket.no/");
        });
    }

    @Test
    void every_item_and_checklist_statement_has_bokmal_and_english_text_and_every_item_a_source() {
        for (var result : SHIPPED) {
            for (Level level : result.framework().levels()) {
                assertThat(level.checklist().statements()).as(level.id()).isNotEmpty().allSatisfy(s -> {
                    assertThat(s.text().nb()).isNotBlank();
                    assertThat(s.text().en()).isNotBlank().isNotEqualTo(s.text().nb());
                });
                for (Item item : level.items()) {
                    assertThat(item.text().nb()).as(item.id()).isNotBlank();
                    assertThat(item.text().en()).as(item.id()).isNotBlank().isNotEqualTo(item.text().nb());
                    assertThat(item.source().title()).as(item.id()).isNotBlank();
                    assertThat(item.source().publisher()).as(item.id()).isNotBlank();
                }
            }
        }
    }

    @Test
    void researchers_and_students_have_frameworks_of_their_own() {
        assertThat(framework("forskning").levels()).extracting(Level::audience).contains("researcher");
        assertThat(framework("forskning").allItems()).extracting(Item::id)
                .contains("forsk-hele-prosessen", "forsk-roller", "forsk-avtale-og-honorar", "forsk-etikk",
                        "forsk-erfaringsdeling");
        assertThat(framework("studenter").levels()).extracting(Level::audience).containsExactly("student");
        assertThat(framework("studenter").allItems()).extracting(Item::id)
                .contains("stud-hva-er-medvirkning", "stud-hvorfor", "stud-tre-nivaer", "stud-i-praksis");
    }
}
