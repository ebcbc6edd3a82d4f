package no.medvirk.competence.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.medvirk.catalog.source.SourceProblem;
import no.medvirk.competence.Evidence;
import no.medvirk.competence.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading framework files: a good one whole, and each broken rule named with its file and line. */
class FrameworkFileReaderTest {

    static final String FRAMEWORK = """
            id: testrammeverk
            title: {nb: Testrammeverk, en: Test framework}
            summary: {nb: Til tester., en: For tests.}
            evidence: self-and-leader
            validityMonths: 24
            sources:
              - id: kilde-a
                title: Kilde A
                publisher: Utgiver
                url: https://example.org/a
                year: 2025
              - id: kilde-b
                title: Kilde B
            levels:
              - id: niva-1
                audience: representative
                title: {nb: Nivå 1, en: Level 1}
                items:
                  - id: test-rolle
                    text: {nb: Kjenner rollen., en: Knows the role.}
                  - id: test-rettigheter
                    text: {nb: Kjenner rettighetene., en: Knows the rights.}
                    source: kilde-b
                checklist:
                  - id: test-sjekk-rolle
                    text: {nb: Jeg kjenner rollen min., en: I know my role.}
                    items: [test-rolle]
            """;

    @TempDir
    Path root;

    FrameworkFileReader.Result read(String text) throws IOException {
        write("testrammeverk.yaml", text);
        return new FrameworkFileReader(root).read("testrammeverk.yaml");
    }

    void write(String name, String text) throws IOException {
        Files.createDirectories(root.resolve("competence"));
        Files.writeString(root.resolve("competence").resolve(name), text);
    }

    List<String> problems(String text) throws IOException {
        var result = read(text);
        assertThat(result.framework()).isNull();
        return result.problems().stream().map(SourceProblem::toString).toList();
    }

    @Test
    void a_good_file_is_read_whole() throws IOException {
        var result = read(FRAMEWORK);

        assertThat(result.problems()).isEmpty();
        var framework = result.framework();
        assertThat(framework).isNotNull();
        assertThat(framework.id()).isEqualTo("testrammeverk");
        assertThat(framework.evidence()).isEqualTo(Evidence.SELF_AND_LEADER);
        assertThat(framework.validityMonths()).isEqualTo(24);
        var level = framework.levels().getFirst();
        assertThat(level.audience()).isEqualTo("representative");
        assertThat(level.items()).extracting(Item::id).containsExactly("test-rolle", "test-rettigheter");
        assertThat(level.items().get(0).source().title()).as("the first source by default").isEqualTo("Kilde A");
        assertThat(level.items().get(1).source().title()).isEqualTo("Kilde B");
        assertThat(level.items().get(0).levelId()).isEqualTo("niva-1");
        assertThat(level.checklist().statements().getFirst().text().en()).isEqualTo("I know my role.");
        assertThat(level.checklist().statements().getFirst().items()).containsExactly("test-rolle");
    }

    @Test
    void without_a_validity_period_evidence_never_expires() throws IOException {
        var framework = read(FRAMEWORK.replace("validityMonths: 24\n", "")).framework();

        assertThat(framework).isNotNull();
        assertThat(framework.validityMonths()).isNull();
    }

    @Test
    void an_unknown_key_is_named_with_its_line() throws IOException {
        assertThat(problems(FRAMEWORK.replace("evidence: self-and-leader", "evidens: self-and-leader")))
                .contains("competence/testrammeverk.yaml:4: Ukjent nøkkel «evidens». Tillatt her: evidence, id, "
                        + "levels, sources, summary, title, validityMonths.")
                .contains("competence/testrammeverk.yaml:1: Mangler «evidence».");
    }

    @Test
    void an_item_without_english_text_is_rejected() throws IOException {
        assertThat(problems(FRAMEWORK.replace("{nb: Kjenner rollen., en: Knows the role.}", "{nb: Kjenner rollen.}")))
                .containsExactly("competence/testrammeverk.yaml:20: Mangler «en».");
    }

    @Test
    void a_title_without_bokmal_is_rejected() throws IOException {
        assertThat(problems(FRAMEWORK.replace("title: {nb: Nivå 1, en: Level 1}", "title: {en: Level 1}")))
                .containsExactly("competence/testrammeverk.yaml:17: Mangler «nb».");
    }

    @Test
    void an_id_used_twice_in_a_file_is_rejected() throws IOException {
        assertThat(problems(FRAMEWORK.replace("id: test-rettigheter", "id: test-rolle")))
                .containsExactly("competence/testrammeverk.yaml:21: Kompetanseelementet har id-en «test-rolle», som "
                        + "er brukt før i filen. Gi hver del sin egen id.");
    }

    @Test
    void an_item_id_another_framework_uses_is_rejected_in_the_later_file() throws IOException {
        write("a-forst.yaml", FRAMEWORK.replace("id: testrammeverk", "id: a-forst"));
        write("testrammeverk.yaml", FRAMEWORK.replace("test-sjekk-rolle", "annen-sjekk"));

        var results = new FrameworkFileReader(root).readAll();

        assertThat(results).extracting(FrameworkFileReader.Result::file)
                .containsExactly("competence/a-forst.yaml", "competence/testrammeverk.yaml");
        assertThat(results.get(0).valid()).isTrue();
        assertThat(results.get(1).problems()).map(SourceProblem::toString).contains(
                "competence/testrammeverk.yaml:19: Kompetanse-id-en «test-rolle» er allerede brukt i "
                        + "competence/a-forst.yaml. En id må være unik i alle rammeverkene.");
        assertThat(FrameworkFileReader.itemIds(results)).containsExactly("test-rolle", "test-rettigheter");
    }

    @Test
    void an_unknown_evidence_value_is_rejected() throws IOException {
        assertThat(problems(FRAMEWORK.replace("evidence: self-and-leader", "evidence: leader-only")))
                .containsExactly("competence/testrammeverk.yaml:4: Ukjent verdi «leader-only» i «evidence». Velg "
                        + "blant: course-completion, self-and-leader, any.");
    }

    @Test
    void a_validity_period_must_be_a_number_of_months() throws IOException {
        assertThat(problems(FRAMEWORK.replace("validityMonths: 24", "validityMonths: tre år")))
                .containsExactly("competence/testrammeverk.yaml:5: «validityMonths» må være et helt tall fra 1 til "
                        + "600.");
    }

    @Test
    void the_id_must_equal_the_file_name() throws IOException {
        assertThat(problems(FRAMEWORK.replace("id: testrammeverk", "id: noe-annet")))
                .containsExactly("competence/testrammeverk.yaml:1: Rammeverkets id «noe-annet» må være lik "
                        + "filnavnet uten .yaml, «testrammeverk».");
    }

    @Test
    void an_id_breaking_the_id_rule_is_rejected() throws IOException {
        assertThat(problems(FRAMEWORK.replace("id: test-rolle", "id: Test Rolle")))
                .contains("competence/testrammeverk.yaml:19: «Test Rolle» kan ikke brukes som id. Bruk små "
                        + "bokstaver a–z, tall og bindestrek, 2–60 tegn, for eksempel «rollen-som-representant».");
    }

    @Test
    void a_checklist_statement_must_point_to_an_item_of_its_level() throws IOException {
        assertThat(problems(FRAMEWORK.replace("items: [test-rolle]", "items: [test-mangler]")))
                .containsExactly("competence/testrammeverk.yaml:27: Utsagnet viser til «test-mangler», som ikke er "
                        + "et kompetanseelement på dette nivået. Velg blant: test-rolle, test-rettigheter.");
    }

    @Test
    void an_item_must_name_a_source_of_the_framework() throws IOException {
        assertThat(problems(FRAMEWORK.replace("source: kilde-b", "source: kilde-c")))
                .containsExactly("competence/testrammeverk.yaml:23: Ukjent kilde «kilde-c». Bruk id-en til en kilde "
                        + "under «sources»: kilde-a, kilde-b.");
    }

    @Test
    void a_level_names_a_known_audience() throws IOException {
        assertThat(problems(FRAMEWORK.replace("audience: representative", "audience: politician")))
                .containsExactly("competence/testrammeverk.yaml:16: Ukjent målgruppe «politician». Velg blant: "
                        + "employee, representative, researcher, service-leader, student, system-leader.");
    }

    @Test
    void a_level_needs_items_and_a_checklist() throws IOException {
        String withoutItems = FRAMEWORK.substring(0, FRAMEWORK.indexOf("    items:"))
                + FRAMEWORK.substring(FRAMEWORK.indexOf("    checklist:")).replace("items: [test-rolle]", "items: []");
        assertThat(problems(withoutItems)).containsExactly(
                "competence/testrammeverk.yaml:15: Mangler «items» (en liste).");
        assertThat(problems(FRAMEWORK.substring(0, FRAMEWORK.indexOf("    checklist:")))).containsExactly(
                "competence/testrammeverk.yaml:15: Mangler «checklist» (en liste).");
    }

    @Test
    void a_yaml_syntax_error_is_named_with_its_line() throws IOException {
        assertThat(problems(FRAMEWORK.replace("summary: {nb: Til tester., en: For tests.}", "summary: {nb: Til")))
                .singleElement().asString().startsWith("competence/testrammeverk.yaml:").contains("YAML-feil");
    }
}
