package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.UnitDetails;
import no.medvirk.shared.Language;
import no.medvirk.support.TestLearners;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The leader's matrix and drill-down: what it holds, how it filters, and that nobody outside the units is in it. */
@SpringBootTest
class CompetenceOverviewTest {

    static final String BRUKERRAD = "Brukerrådet for psykisk helse og rus";
    static final CompetenceMatrixExport.Texts KEYS = (key, params) -> key;

    @Autowired
    CompetenceOverview overview;

    @Autowired
    CompetenceProfiles profiles;

    @Autowired
    CompetenceFrameworks frameworks;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    PersonId id(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    PersonId learner(String unit) {
        return id(TestLearners.create(people, organisations, unit));
    }

    @Test
    void the_matrix_holds_the_people_of_the_leaders_units_and_nobody_else() {
        CompetenceMatrix matrix = overview.matrix(id("leder"), MatrixFilter.ALL);

        assertThat(matrix.units()).extracting(UnitDetails::name)
                .containsExactly(BRUKERRAD, "Psykisk helse og rus");
        assertThat(matrix.rows()).extracting(CompetenceMatrix.Row::fullName)
                .contains("Dina Deltaker", "Aud Eksempel").doesNotContain("Per Prøve");
        assertThat(matrix.rows()).extracting(CompetenceMatrix.Row::person).doesNotContain(id("per"));
        assertThat(matrix.rows()).allSatisfy(row -> assertThat(matrix.units()).contains(row.unit()));
        // Representatives follow the representatives' level by default: its items are the columns.
        var representatives = frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels()
                .getFirst();
        assertThat(matrix.items()).containsAll(representatives.items());
        CompetenceMatrix.Row dina = row(matrix, "Dina Deltaker");
        assertThat(dina.followed()).containsAll(representatives.items().stream().map(Item::id).toList());
    }

    @Test
    void a_person_who_is_not_a_leader_sees_an_empty_matrix() {
        CompetenceMatrix matrix = overview.matrix(id("deltaker"), MatrixFilter.ALL);

        assertThat(matrix.units()).isEmpty();
        assertThat(matrix.rows()).isEmpty();
    }

    @Test
    void filters_narrow_to_a_unit_a_level_and_people_with_gaps() {
        PersonId leader = id("leder");
        UnitDetails brukerrad = overview.matrix(leader, MatrixFilter.ALL).units().stream()
                .filter(u -> u.name().equals(BRUKERRAD)).findFirst().orElseThrow();
        PersonId fresh = learner(BRUKERRAD);
        String item = firstRepresentativeItem();
        profiles.selfAssess(fresh, CompetenceProfiles.NATIONAL_ADVICE, statementFor(item), true);
        profiles.confirm(leader, fresh, item, "Sett i møtene.");

        var byUnit = overview.matrix(leader, new MatrixFilter(brukerrad.id(), null, null));
        assertThat(byUnit.rows()).allSatisfy(r -> assertThat(r.unit().name()).isEqualTo(BRUKERRAD));
        assertThat(byUnit.rows()).extracting(CompetenceMatrix.Row::fullName).contains("Dina Deltaker")
                .doesNotContain("Aud Eksempel");
        assertThat(row(byUnit, fresh).status(item).status()).isEqualTo(ItemStatus.Status.ACHIEVED);

        var systemLevel = new LevelRef(CompetenceProfiles.NATIONAL_ADVICE, "ledere-systemniva");
        var byLevel = overview.matrix(leader, new MatrixFilter(null, systemLevel, null));
        assertThat(byLevel.items()).allSatisfy(i -> assertThat(i.levelId()).isEqualTo("ledere-systemniva"));
        assertThat(row(byLevel, fresh).followed()).isEmpty();

        var achieved = overview.matrix(leader, new MatrixFilter(brukerrad.id(), null, MatrixFilter.Show.ACHIEVED));
        assertThat(achieved.rows()).extracting(CompetenceMatrix.Row::person).contains(fresh);
        assertThat(achieved.rows()).allSatisfy(r -> assertThat(r.followed())
                .anyMatch(i -> r.status(i).status() == ItemStatus.Status.ACHIEVED));
        var gaps = overview.matrix(leader, new MatrixFilter(brukerrad.id(), null, MatrixFilter.Show.GAPS));
        assertThat(gaps.rows()).allSatisfy(r -> assertThat(r.followed())
                .anyMatch(i -> r.status(i).status() != ItemStatus.Status.ACHIEVED));
    }

    @Test
    void an_item_expiring_within_the_warning_is_flagged_and_an_expired_one_is_a_gap() {
        var now = java.time.Instant.parse("2026-06-01T00:00:00Z");
        var soon = new ItemStatus("x", ItemStatus.Status.ACHIEVED, now.minusSeconds(1000),
                now.plus(ItemStatus.WARNING).minusSeconds(60), Set.of(EvidenceKind.COURSE));
        var later = new ItemStatus("x", ItemStatus.Status.ACHIEVED, now, now.plus(ItemStatus.WARNING).plusSeconds(60),
                Set.of(EvidenceKind.COURSE));
        var expired = new ItemStatus("x", ItemStatus.Status.EXPIRED, now.minusSeconds(1000), now.minusSeconds(10),
                Set.of(EvidenceKind.COURSE));

        assertThat(MatrixFilter.Show.EXPIRING_SOON.matches(soon, now)).isTrue();
        assertThat(MatrixFilter.Show.EXPIRING_SOON.matches(later, now)).isFalse();
        assertThat(MatrixFilter.Show.GAPS.matches(expired, now)).isTrue();
        assertThat(MatrixFilter.Show.GAPS.matches(soon, now)).isFalse();
    }

    @Test
    void the_drill_down_shows_a_led_person_with_evidence_and_nobody_else() {
        PersonId leader = id("leder");
        PersonId fresh = learner(BRUKERRAD);
        String item = firstRepresentativeItem();
        profiles.confirm(leader, fresh, item, "Sett i møtene.");

        PersonCompetence competence = overview.person(leader, fresh).orElseThrow();
        assertThat(competence.unit().name()).isEqualTo(BRUKERRAD);
        assertThat(competence.items()).filteredOn(e -> e.item().id().equals(item)).singleElement()
                .satisfies(e -> assertThat(e.evidence()).singleElement().satisfies(ev -> {
                    assertThat(ev.kind()).isEqualTo(EvidenceKind.LEADER);
                    assertThat(ev.comment()).isEqualTo("Sett i møtene.");
                }));

        assertThat(overview.person(leader, id("per"))).isEmpty();
        assertThat(overview.person(leader, new PersonId(java.util.UUID.randomUUID()))).isEmpty();
        assertThat(overview.person(id("deltaker"), fresh)).isEmpty();
    }

    @Test
    void the_exports_hold_the_leaders_people_and_not_per() throws IOException {
        CompetenceMatrix matrix = overview.matrix(id("leder"), MatrixFilter.ALL);

        String csv = new String(CompetenceMatrixExport.csv(matrix, KEYS, Language.NB, ZoneOffset.UTC),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Dina Deltaker", "Aud Eksempel").doesNotContain("Per Prøve");

        byte[] xlsx = CompetenceMatrixExport.xlsx(matrix, KEYS, Language.NB, ZoneOffset.UTC);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows;
            try (Stream<Row> stream = workbook.getFirstSheet().openStream()) {
                rows = stream.toList();
            }
            assertThat(rows).hasSize(matrix.rows().size() + 1);
            assertThat(rows).extracting(r -> r.getCellText(1)).contains("Dina Deltaker").doesNotContain("Per Prøve");
        }
    }

    private String firstRepresentativeItem() {
        return frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels().getFirst().items()
                .getFirst().id();
    }

    private String statementFor(String item) {
        return frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels().getFirst().checklist()
                .statements().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow().id();
    }

    private static CompetenceMatrix.Row row(CompetenceMatrix matrix, String name) {
        return matrix.rows().stream().filter(r -> r.fullName().equals(name)).findFirst().orElseThrow();
    }

    private static CompetenceMatrix.Row row(CompetenceMatrix matrix, PersonId person) {
        return matrix.rows().stream().filter(r -> r.person().equals(person)).findFirst().orElseThrow();
    }
}
