package no.medvirk.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a unit across modules, which refer to it by this id only. */
public record UnitId(UUID value) implements Serializable {

    public UnitId {
        Objects.requireNonNull(value, "value");
    }

    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
