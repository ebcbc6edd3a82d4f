package no.medvirk.identity;

import org.jspecify.annotations.Nullable;

/** Where a person sits: their organisation and, when they have one, their unit, with the names they have now. */
public record Placement(OrganisationId organisationId, String organisationName, @Nullable UnitId unitId,
        @Nullable String unitName) {

    static Placement of(Person person) {
        Unit unit = person.unit();
        return new Placement(new OrganisationId(person.organisation().id()), person.organisation().name(),
                unit == null ? null : new UnitId(unit.id()), unit == null ? null : unit.name());
    }
}
