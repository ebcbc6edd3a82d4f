package no.medvirk.packages;

import java.util.Objects;
import java.util.UUID;

/** A package: the same manifest identifier (SCORM) or course id (cmi5) across every version uploaded. */
public record PackageId(UUID value) {

    public PackageId {
        Objects.requireNonNull(value, "value");
    }

    public static PackageId of(String value) {
        return new PackageId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
