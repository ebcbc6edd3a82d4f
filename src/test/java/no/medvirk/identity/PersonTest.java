package no.medvirk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.medvirk.shared.DomainException;
import org.junit.jupiter.api.Test;

class PersonTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration LOCK = Duration.ofMinutes(15);

    final Organisation organisation = new Organisation("Fjordvik kommune", OrganisationKind.MUNICIPALITY, false);
    final Person person = new Person("ola", "ola@example.no", "Ola Nordmann", "{noop}x", organisation);

    @Test
    void a_new_person_is_an_active_learner_who_prefers_bokmal() {
        assertThat(person.roles()).containsExactly(Role.LEARNER);
        assertThat(person.active()).isTrue();
        assertThat(person.preferredLanguage()).isEqualTo(no.medvirk.shared.Language.NB);
    }

    @Test
    void five_failed_sign_ins_in_a_row_lock_the_account_for_a_while() {
        for (int i = 0; i < 4; i++) {
            person.signInFailed(NOW, 5, LOCK);
        }
        assertThat(person.lockedAt(NOW)).isFalse();

        person.signInFailed(NOW, 5, LOCK);

        assertThat(person.lockedAt(NOW)).isTrue();
        assertThat(person.lockedAt(NOW.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(person.lockedAt(NOW.plus(LOCK).plusSeconds(1))).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_count() {
        for (int i = 0; i < 4; i++) {
            person.signInFailed(NOW, 5, LOCK);
        }
        person.signInSucceeded();
        person.signInFailed(NOW, 5, LOCK);

        assertThat(person.lockedAt(NOW)).isFalse();
    }

    @Test
    void a_leader_must_lead_a_unit_and_only_leaders_lead_units() {
        var unit = new Unit(organisation, null, "Psykisk helse og rus");

        assertThatThrownBy(() -> person.assignRoles(Set.of(Role.LEADER), Set.of()))
                .isInstanceOf(DomainException.class).hasMessage("person.leader-without-unit");
        person.assignRoles(Set.of(Role.LEARNER), Set.of(unit));
        assertThat(person.ledUnits()).isEmpty();
        person.assignRoles(Set.of(Role.LEADER, Role.LEARNER), Set.of(unit));
        assertThat(person.ledUnits()).containsExactly(unit);
    }

    @Test
    void a_person_without_roles_is_refused() {
        assertThatThrownBy(() -> person.assignRoles(Set.of(), Set.of())).hasMessage("person.no-role");
    }

    @Test
    void usernames_and_email_addresses_are_checked_and_lower_cased() {
        assertThat(Person.requireUsername(" Ola.Nordmann ")).isEqualTo("ola.nordmann");
        assertThat(Person.requireEmail("Ola@Example.NO")).isEqualTo("ola@example.no");
        assertThatThrownBy(() -> Person.requireUsername("ola nordmann")).hasMessage("validation.username");
        assertThatThrownBy(() -> Person.requireEmail("ola@")).hasMessage("validation.email");
    }

    @Test
    void a_unit_of_another_organisation_is_refused() {
        var other = new Organisation("Brukerforeningen", OrganisationKind.USER_ORGANISATION, true);
        var foreignUnit = new Unit(other, null, "Lokallag");

        assertThatThrownBy(() -> person.placeIn(organisation, foreignUnit))
                .hasMessage("person.unit-outside-organisation");
    }
}
