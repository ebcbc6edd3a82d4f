package no.medvirk.identity;

import java.util.Locale;

/** What sort of organisation: users and next of kin often belong to a user organisation, not an employer. */
public enum OrganisationKind {
    MUNICIPALITY,
    HOSPITAL_TRUST,
    UNIVERSITY,
    USER_ORGANISATION,
    OTHER;

    public String i18nKey() {
        return "organisation.kind." + name().toLowerCase(Locale.ROOT);
    }
}
