package no.medvirk.identity;

/** An organisation as lists and forms show it. */
public record OrganisationDetails(OrganisationId id, String name, OrganisationKind kind, boolean openForRegistration) {

    public static final int NAME_LENGTH = Organisation.NAME_LENGTH;

    static OrganisationDetails of(Organisation organisation) {
        return new OrganisationDetails(new OrganisationId(organisation.id()), organisation.name(),
                organisation.kind(), organisation.openForRegistration());
    }
}
