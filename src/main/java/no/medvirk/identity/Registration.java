package no.medvirk.identity;

import no.medvirk.shared.Language;

/** What a user or next-of-kin representative gives to register; the e-mail address becomes the username. */
public record Registration(
        String fullName, String email, String password, OrganisationId organisationId, Language language) {}
