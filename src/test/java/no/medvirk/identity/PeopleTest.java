package no.medvirk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class PeopleTest {

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Test
    void an_administrator_creates_a_person_with_roles_and_led_units() {
        var kommune = organisation("Fjordvik kommune");
        var unit = unit(kommune, "Psykisk helse og rus");

        var id = people.create(new PersonForm("nyleder", "ny.leder@example.no", "Nina Ny", "et langt passord",
                kommune.id(), unit.id(), Language.EN, Set.of(Role.LEADER, Role.LEARNER), Set.of(unit.id())));

        var created = people.find(id).orElseThrow();
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.LEADER, Role.LEARNER);
        assertThat(created.ledUnitIds()).containsExactly(unit.id());
        assertThat(created.preferredLanguage()).isEqualTo(Language.EN);
        assertThat(created.unitName()).isEqualTo("Psykisk helse og rus");
    }

    @Test
    void a_taken_username_or_email_is_refused_and_changes_nothing() {
        var kommune = organisation("Fjordvik kommune");
        long before = people.count();

        assertThatThrownBy(() -> people.create(form("deltaker", "noen@example.no", kommune)))
                .isInstanceOf(DomainException.class).hasMessage("person.username-taken");
        assertThatThrownBy(() -> people.create(form("noen", "DELTAKER@demo.medvirk.no", kommune)))
                .hasMessage("person.email-taken");
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void a_short_password_is_refused() {
        var kommune = organisation("Fjordvik kommune");
        var tooShort = new PersonForm("kort", "kort@example.no", "Kort Passord", "kort", kommune.id(), null,
                Language.NB, Set.of(Role.LEARNER), Set.of());

        assertThatThrownBy(() -> people.create(tooShort)).hasMessage("validation.password-too-short");
    }

    @Test
    void an_update_keeps_the_password_when_none_is_given_and_deactivation_is_reversible() {
        var deltaker = people.findByUsername("deltaker").orElseThrow();
        var form = new PersonForm("deltaker", deltaker.email(), "Dina D. Deltaker", "", deltaker.organisationId(),
                deltaker.unitId(), Language.NB, deltaker.roles(), Set.of());

        people.update(deltaker.id(), form);
        people.deactivate(deltaker.id());

        var changed = people.find(deltaker.id()).orElseThrow();
        assertThat(changed.fullName()).isEqualTo("Dina D. Deltaker");
        assertThat(changed.active()).isFalse();
        people.reactivate(deltaker.id());
        assertThat(people.find(deltaker.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void a_representative_registers_as_a_learner_in_an_open_organisation() {
        var forening = organisation("Brukerforeningen Vest");

        var id = people.register(new Registration("Rita Representant", "Rita@Example.no", "et langt passord",
                forening.id(), Language.NB));

        var registered = people.find(id).orElseThrow();
        assertThat(registered.username()).isEqualTo("rita@example.no");
        assertThat(registered.roles()).containsExactly(Role.LEARNER);
        assertThat(registered.organisationName()).isEqualTo("Brukerforeningen Vest");
    }

    @Test
    void nobody_registers_themselves_into_a_closed_organisation() {
        var kommune = organisation("Fjordvik kommune");
        long before = people.count();

        assertThatThrownBy(() -> people.register(new Registration("Ulf Uinvitert", "ulf@example.no",
                "et langt passord", kommune.id(), Language.NB))).hasMessage("registration.organisation-closed");
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void a_leader_sees_only_the_units_they_lead_and_their_members() {
        var leder = people.findByUsername("leder").orElseThrow();

        var led = organisations.ledBy(leder.id());

        assertThat(led).extracting(u -> u.unit().name())
                .containsExactly("Brukerrådet for psykisk helse og rus", "Psykisk helse og rus");
        assertThat(led.getFirst().members()).extracting(UnitMembers.Member::fullName).containsExactly("Dina Deltaker");
        assertThat(led.get(1).members()).extracting(UnitMembers.Member::fullName)
                .contains("Aud Eksempel", "Lars Leder").doesNotContain("Per Prøve", "Dina Deltaker");
    }

    @Test
    void a_learner_leads_nothing() {
        var deltaker = people.findByUsername("deltaker").orElseThrow();

        assertThat(organisations.ledBy(deltaker.id())).isEmpty();
    }

    @Test
    void units_nest_and_names_are_unique_in_the_same_place() {
        var kommune = organisation("Fjordvik kommune");
        var helse = unit(kommune, "Helse og velferd");

        var child = organisations.addUnit(kommune.id(), helse.id(), "Rus og avhengighet");

        assertThat(organisations.unitsOf(kommune.id())).filteredOn(u -> u.id().equals(child))
                .extracting(UnitDetails::parentId).containsExactly(helse.id());
        assertThatThrownBy(() -> organisations.addUnit(kommune.id(), helse.id(), "rus og AVHENGIGHET"))
                .hasMessage("unit.name-taken");
    }

    @Test
    void organisation_names_are_unique() {
        assertThatThrownBy(() -> organisations.create("fjordvik KOMMUNE", OrganisationKind.MUNICIPALITY, false))
                .hasMessage("organisation.name-taken");
    }

    private PersonForm form(String username, String email, OrganisationDetails organisation) {
        return new PersonForm(username, email, "Noen Navnesen", "et langt passord", organisation.id(), null,
                Language.NB, Set.of(Role.LEARNER), Set.of());
    }

    private OrganisationDetails organisation(String name) {
        return organisations.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private UnitDetails unit(OrganisationDetails organisation, String name) {
        return organisations.unitsOf(organisation.id()).stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
