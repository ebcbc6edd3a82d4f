package no.medvirk.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person across modules, which refer to it by this id only. */
public record PersonId(UUID value) implements Serializable {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
