package no.medvirk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.List;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.competence.CompetenceFrameworks;
import no.medvirk.competence.CompetenceProfiles;
import no.medvirk.competence.LevelRef;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.OrganisationKind;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitId;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.support.TestLearning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The report counts what learners did, seeded through the real services (Enrolments, the LRS) for learners in an
 * organisation of the test's own, so what other tests did in the shared database does not count.
 */
@SpringBootTest
class CourseReportsTest {

    @Autowired
    CourseReports reports;

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    CompetenceProfiles profiles;

    @Autowired
    CompetenceFrameworks frameworks;

    OrganisationId organisation;
    UnitId ward;
    LocalDate today;

    @BeforeEach
    void anOrganisationOfItsOwn() {
        organisation = organisations.create("Rapportvik " + System.nanoTime(), OrganisationKind.MUNICIPALITY, false);
        ward = organisations.addUnit(organisation, null, "Avdeling A");
        today = reports.today();
    }

    PersonId learner(UnitId unit) {
        String username = "rapport" + System.nanoTime();
        return people.create(new PersonForm(username, username + "@example.no", "Rita Rapport", "et langt passord",
                organisation, unit, Language.NB, Set.of(Role.LEARNER), Set.of()));
    }

    Report thisMonth() {
        return reports.report(new ReportFilter(today.withDayOfMonth(1), today, organisation, null), Locale.ROOT);
    }

    @Test
    void enrolments_completions_quizzes_and_time_are_counted_for_the_organisation_its_units_and_the_course() {
        var completer = enrolments.start(learner(ward), "eksempelkurs");
        TestLearning.complete(enrolments, catalog, completer);
        enrolments.terminated(completer, Duration.ofMinutes(30));
        var struggler = enrolments.start(learner(null), "eksempelkurs");
        enrolments.handIn(struggler, TestLearning.quizzes(catalog, struggler).getFirst(), Map.of());
        enrolments.terminated(struggler, Duration.ofMinutes(15));
        int quizzes = TestLearning.quizzes(catalog, completer).size();

        Report report = thisMonth();

        var expected = new Figures(2, 1, quizzes + 1, quizzes, Duration.ofMinutes(45));
        assertThat(report.total()).isEqualTo(expected);
        assertThat(report.total().passRate()).isEqualTo((double) quizzes / (quizzes + 1));
        assertThat(report.total().hours()).isEqualTo(0.75);
        assertThat(report.section(Report.Grouping.COURSE).rows()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("eksempelkurs");
            assertThat(row.label()).isEqualTo(catalog.currentVersion("eksempelkurs").orElseThrow().course().title()
                    .nb());
            assertThat(row.figures()).isEqualTo(expected);
        });
        assertThat(report.section(Report.Grouping.ORGANISATION).rows()).singleElement()
                .satisfies(row -> assertThat(row.figures()).isEqualTo(expected));
        assertThat(report.section(Report.Grouping.UNIT).rows()).extracting(Report.Row::label, r -> r.figures()
                .enrolments(), r -> r.figures().completions()).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Avdeling A (" + organisationName() + ")", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("Uten enhet (" + organisationName() + ")", 1L, 0L));
    }

    @Test
    void competence_coverage_counts_the_organisations_people_by_the_level_they_follow() {
        PersonId first = learner(ward);
        PersonId second = learner(null);
        var item = frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels().getFirst()
                .items().getFirst();
        profiles.chooseTargets(second, List.of(new LevelRef(CompetenceProfiles.NATIONAL_ADVICE, item.levelId())));

        Coverage coverage = thisMonth().coverage();

        assertThat(coverage.byOrganisation()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.organisation()).isEqualTo(organisationName()));
        assertThat(coverage.byOrganisation()).filteredOn(row -> row.itemId().equals(item.id())).singleElement()
                .satisfies(row -> {
                    assertThat(row.following()).isEqualTo(2);
                    assertThat(row.achieved()).isZero();
                    assertThat(row.item()).isEqualTo(item.text().nb());
                });
        assertThat(coverage.items()).extracting(Coverage.Row::following).containsOnly(2L);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void each_audience_of_the_course_counts_the_enrolment_once() {
        enrolments.start(learner(ward), "eksempelkurs");

        Report report = thisMonth();

        var audiences = catalog.currentVersion("eksempelkurs").orElseThrow().course().audiences();
        assertThat(report.section(Report.Grouping.AUDIENCE).rows()).hasSize(audiences.size())
                .allSatisfy(row -> assertThat(row.figures().enrolments()).isEqualTo(1));
        assertThat(report.section(Report.Grouping.AUDIENCE).rows()).extracting(Report.Row::label)
                .contains("Bruker- og pårørenderepresentanter");
    }

    @Test
    void every_month_of_the_period_has_a_row_and_what_happened_counts_in_its_own_month() {
        enrolments.start(learner(ward), "eksempelkurs");

        Report report = reports.report(new ReportFilter(today.minusMonths(2).withDayOfMonth(1), today, organisation,
                null), Locale.ROOT);

        var months = report.section(Report.Grouping.MONTH).rows();
        assertThat(months).extracting(Report.Row::key).containsExactly(YearMonth.from(today).minusMonths(2).toString(),
                YearMonth.from(today).minusMonths(1).toString(), YearMonth.from(today).toString());
        assertThat(months).extracting(r -> r.figures().enrolments()).containsExactly(0L, 0L, 1L);
        assertThat(months.getLast().label()).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("LLLL yyyy", Language.NB.locale()).format(today));
    }

    @Test
    void a_period_before_anything_happened_and_another_course_count_nothing() {
        enrolments.start(learner(ward), "eksempelkurs");

        var before = reports.report(new ReportFilter(today.minusYears(2), today.minusYears(1), organisation, null),
                Locale.ROOT);
        var otherCourse = reports.report(new ReportFilter(today.withDayOfMonth(1), today, organisation,
                "finnes-ikke"), Locale.ROOT);

        assertThat(before.total().isEmpty()).isTrue();
        assertThat(otherCourse.total().isEmpty()).isTrue();
        assertThat(otherCourse.section(Report.Grouping.COURSE).rows()).isEmpty();
    }

    @Test
    void labels_follow_the_language_asked_for() {
        enrolments.start(learner(null), "eksempelkurs");

        Report report = reports.report(new ReportFilter(today.withDayOfMonth(1), today, organisation, null),
                Language.EN.locale());

        assertThat(report.section(Report.Grouping.UNIT).rows()).extracting(Report.Row::label)
                .containsExactly("No unit (" + organisationName() + ")");
        assertThat(report.section(Report.Grouping.COURSE).rows()).extracting(Report.Row::label).containsExactly(
                catalog.currentVersion("eksempelkurs").orElseThrow().course().title().en());
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new ReportFilter(today, today.minusDays(1), null, null))
                .isInstanceOf(DomainException.class);
    }

    private String organisationName() {
        return organisations.all().stream().filter(o -> o.id().equals(organisation)).findFirst().orElseThrow().name();
    }
}
