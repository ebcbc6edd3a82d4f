package no.medvirk.packages;

import java.util.Objects;
import java.util.UUID;

/** One stored version of a package: what an attempt is made against, and never changes. */
public record PackageVersionId(UUID value) {

    public PackageVersionId {
        Objects.requireNonNull(value, "value");
    }

    public static PackageVersionId of(String value) {
        return new PackageVersionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
