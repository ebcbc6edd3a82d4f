package no.medvirk.identity;

import java.util.Set;
import no.medvirk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in to create or change a person.
 *
 * @param password a new password, or blank to keep the current one (required for a new person)
 */
public record PersonForm(
        String username,
        String email,
        String fullName,
        @Nullable String password,
        OrganisationId organisationId,
        @Nullable UnitId unitId,
        Language preferredLanguage,
        Set<Role> roles,
        Set<UnitId> ledUnitIds) {

    public static final int USERNAME_LENGTH = Person.USERNAME_LENGTH;
    public static final int EMAIL_LENGTH = Person.EMAIL_LENGTH;
    public static final int NAME_LENGTH = Person.NAME_LENGTH;
}
