package no.medvirk.packages;

import java.nio.file.Path;
import java.util.List;

/**
 * Imports an uploaded SCORM 1.2, SCORM 2004 or cmi5 zip: unpacked with limits, its manifest parsed and checked
 * against its files, and only then stored as a version of its package. A refused zip stores nothing.
 */
public interface PackageUpload {

    /** What became of an upload. */
    sealed interface Result permits Refused, Imported {}

    /** Not stored: the message key of the i18n bundles and its arguments say what is wrong. */
    record Refused(String messageKey, List<Object> arguments) implements Result {
        public Refused {
            arguments = List.copyOf(arguments);
        }
    }

    /** Stored: a new package or version ({@code created}), or the version that already had this content. */
    record Imported(PackageVersion version, boolean created) implements Result {}

    /** The largest zip accepted, in bytes. */
    long maxBytes();

    /** Imports the zip at this path (which the caller deletes afterwards). */
    Result upload(Path zip);
}
