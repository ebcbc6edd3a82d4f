package no.medvirk.identity;

import org.jspecify.annotations.Nullable;

/** A unit with where it sits: its organisation and, when nested, its parent unit. */
public record UnitDetails(UnitId id, OrganisationId organisationId, String organisationName, @Nullable UnitId parentId,
        String name) {

    public static final int NAME_LENGTH = Unit.NAME_LENGTH;

    static UnitDetails of(Unit unit) {
        Unit parent = unit.parent();
        return new UnitDetails(new UnitId(unit.id()), new OrganisationId(unit.organisation().id()),
                unit.organisation().name(), parent == null ? null : new UnitId(parent.id()), unit.name());
    }
}
