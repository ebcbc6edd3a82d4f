package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.learning.Enrolment;
import no.medvirk.learning.Enrolments;
import no.medvirk.support.TestLearners;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiClients;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.XapiVersion;
import no.medvirk.support.TestLearning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Evidence from the LRS, self-assessment and leaders, and the status that follows, kept up to date by events. */
@SpringBootTest
class CompetenceProfilesTest {

    static final String BRUKERRAD = "Brukerrådet for psykisk helse og rus";

    @Autowired
    CompetenceProfiles profiles;

    @Autowired
    CompetenceFrameworks frameworks;

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    LearningRecordStore lrs;

    @Autowired
    XapiClients clients;

    PersonId learner(String unit) {
        return people.findByUsername(TestLearners.create(people, organisations, unit)).orElseThrow().id();
    }

    PersonId leder() {
        return people.findByUsername("leder").orElseThrow().id();
    }

    ItemStatus.Status status(PersonId person, String item) {
        return profiles.statusOf(person).getOrDefault(item, ItemStatus.notStarted(item)).status();
    }

    @Test
    void completing_the_sample_course_achieves_every_item_it_maps_to() {
        PersonId person = learner(null);
        Enrolment enrolment = enrolments.start(person, "eksempelkurs");
        var version = catalog.version(enrolment.courseVersionId()).orElseThrow();

        var firstLesson = (CourseSource.Lesson) Enrolments.items(version).getFirst();
        enrolments.experienced(enrolment, firstLesson.path());
        String lessonItem = firstLesson.competence().getFirst();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(person, lessonItem) == ItemStatus.Status.IN_PROGRESS);

        TestLearning.complete(enrolments, catalog, enrolment);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var statuses = profiles.statusOf(person);
            assertThat(version.course().competence()).allSatisfy(item ->
                    assertThat(statuses.get(item).status()).isEqualTo(ItemStatus.Status.ACHIEVED));
            assertThat(statuses.get("rep-tre-nivaer").status()).isEqualTo(ItemStatus.Status.ACHIEVED);
            assertThat(statuses.get("rep-tre-nivaer").evidence()).containsExactly(EvidenceKind.COURSE);
        });
        assertThat(profiles.evidence(person, "rep-tre-nivaer")).anyMatch(EvidenceEntry::achieved);
    }

    @Test
    void self_assessment_alone_is_in_progress_and_the_leaders_confirmation_achieves_it() {
        PersonId person = learner(BRUKERRAD);
        var statement = frameworks.framework("nasjonale-faglige-rad").orElseThrow().levels().getFirst().checklist()
                .statements().getFirst();
        String item = statement.items().getFirst();

        profiles.selfAssess(person, "nasjonale-faglige-rad", statement.id(), true);
        assertThat(status(person, item)).isEqualTo(ItemStatus.Status.IN_PROGRESS);
        assertThat(profiles.ticked(person)).containsExactly("nasjonale-faglige-rad/" + statement.id());

        profiles.confirm(leder(), person, item, "Vi har sett det i brukerrådets møter.");
        assertThat(status(person, item)).isEqualTo(ItemStatus.Status.ACHIEVED);
        assertThat(profiles.evidence(person, item)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.LEADER);
            assertThat(e.comment()).isEqualTo("Vi har sett det i brukerrådets møter.");
            assertThat(e.source()).isEqualTo("Lars Leder");
        });

        profiles.selfAssess(person, "nasjonale-faglige-rad", statement.id(), false);
        assertThat(status(person, item)).isEqualTo(ItemStatus.Status.IN_PROGRESS);
    }

    @Test
    void only_the_persons_own_leader_may_confirm_and_only_with_a_comment() {
        PersonId outsider = learner("Hjemmetjenesten");
        PersonId member = learner(BRUKERRAD);

        assertThatThrownBy(() -> profiles.confirm(leder(), outsider, "rep-egen-rolle", "Bra"))
                .hasMessage("competence.not-your-person");
        assertThatThrownBy(() -> profiles.confirm(member, member, "rep-egen-rolle", "Bra"))
                .hasMessage("competence.not-your-person");
        assertThatThrownBy(() -> profiles.confirm(leder(), member, "rep-egen-rolle", "  "))
                .hasMessage("competence.comment-required");
        assertThatThrownBy(() -> profiles.confirm(leder(), member, "finnes-ikke", "Bra"))
                .hasMessage("competence.item-unknown");
        assertThat(profiles.statusOf(outsider)).isEmpty();
        assertThat(profiles.statusOf(member)).isEmpty();
    }

    @Test
    void voiding_the_passing_statement_takes_the_evidence_back() {
        PersonId person = learner(null);
        Enrolment enrolment = enrolments.start(person, "eksempelkurs");
        var version = catalog.version(enrolment.courseVersionId()).orElseThrow();
        TestLearning.complete(enrolments, catalog, enrolment);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> status(person, "stud-hvorfor") == ItemStatus.Status.ACHIEVED);

        var passing = lrs.query(new StatementQuery(null, null, null, enrolment.id(), false, false, null, null, 0,
                false, null, null)).statements().stream()
                .filter(s -> List.of("passed", "completed").contains(XapiJson.text(s.path("verb"), "id")
                        .replace("http://adlnet.gov/expapi/verbs/", "")))
                .map(s -> XapiJson.text(s, "id")).toList();
        for (String id : passing) {
            lrs.record(List.of(XapiJson.parse("""
                    {"actor": {"mbox": "mailto:admin@medvirk.no"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                     "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(id))), clients.medvirk(),
                    XapiVersion.V2_0_0);
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> status(person, "stud-hvorfor") == ItemStatus.Status.IN_PROGRESS);
    }

    @Test
    void evidence_older_than_the_validity_period_reads_as_expired() {
        PersonId person = learner(null);
        Instant fourYearsAgo = Instant.now().minus(Duration.ofDays(4 * 365));

        profiles.recordCourseEvidence(person.value(), List.of("rep-egen-rolle"), true, fourYearsAgo,
                "https://example.no/old-course", UUID.randomUUID());

        var status = profiles.statusOf(person).get("rep-egen-rolle");
        assertThat(status.status()).isEqualTo(ItemStatus.Status.EXPIRED);
        assertThat(status.expiresAt()).isBefore(Instant.now());
    }

    @Test
    void a_person_follows_the_level_of_their_role_until_they_choose() {
        PersonId person = learner(null);
        assertThat(profiles.targets(person)).containsExactly(new LevelRef("nasjonale-faglige-rad", "representanter"));
        assertThat(profiles.targets(leder())).singleElement()
                .satisfies(level -> assertThat(level.frameworkId()).isEqualTo("nasjonale-faglige-rad"));

        profiles.chooseTargets(person, List.of(new LevelRef("studenter", frameworks.framework("studenter")
                .orElseThrow().levels().getFirst().id())));
        assertThat(profiles.targets(person)).singleElement()
                .satisfies(level -> assertThat(level.frameworkId()).isEqualTo("studenter"));
        assertThatThrownBy(() -> profiles.chooseTargets(person, List.of())).hasMessage("competence.targets-empty");
        assertThatThrownBy(() -> profiles.chooseTargets(person, List.of(new LevelRef("x", "y"))))
                .hasMessage("competence.level-unknown");
    }
}
