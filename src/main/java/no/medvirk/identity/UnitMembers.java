package no.medvirk.identity;

import java.util.List;

/** A unit a leader leads, with the people who belong to it. */
public record UnitMembers(UnitDetails unit, List<Member> members) {

    /** What a leader sees of a person in their unit. */
    public record Member(PersonId id, String fullName, String email, boolean active) {}
}
