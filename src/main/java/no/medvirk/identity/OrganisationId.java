package no.medvirk.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a organisation across modules, which refer to it by this id only. */
public record OrganisationId(UUID value) implements Serializable {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
