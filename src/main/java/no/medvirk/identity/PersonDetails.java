package no.medvirk.identity;

import java.util.Set;
import no.medvirk.shared.Language;
import org.jspecify.annotations.Nullable;

/** What the people admin shows and edits of a person. Never carries the password. */
public record PersonDetails(
        PersonId id,
        String username,
        String email,
        String fullName,
        OrganisationId organisationId,
        String organisationName,
        @Nullable UnitId unitId,
        @Nullable String unitName,
        Language preferredLanguage,
        Set<Role> roles,
        Set<UnitId> ledUnitIds,
        boolean active) {

    static PersonDetails of(Person person) {
        Unit unit = person.unit();
        return new PersonDetails(
                new PersonId(person.id()),
                person.username(),
                person.email(),
                person.fullName(),
                new OrganisationId(person.organisation().id()),
                person.organisation().name(),
                unit == null ? null : new UnitId(unit.id()),
                unit == null ? null : unit.name(),
                person.preferredLanguage(),
                person.roles(),
                Set.copyOf(person.ledUnits().stream().map(u -> new UnitId(u.id())).toList()),
                person.active());
    }
}
