package no.medvirk.packages;

import java.time.Instant;

/**
 * One stored version of a package. Never changes: a new upload with other content becomes a new version, an upload
 * with the same content is this one again.
 *
 * @param contentSha256 SHA-256 (hex) over the package's paths and file contents: the same for the same files,
 *     however they were zipped; also the key of the files in {@link PackageStorage}
 */
public record PackageVersion(
        PackageVersionId id,
        PackageId packageId,
        int version,
        Standard standard,
        String title,
        String contentSha256,
        int fileCount,
        long byteCount,
        Instant importedAt,
        PackageManifest manifest) {

    /** The learner's tree: the default organization or the cmi5 course, launch URLs relative to the package root. */
    public PackageItem items() {
        return manifest.root();
    }
}
