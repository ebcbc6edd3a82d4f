package no.medvirk.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported packages, for the player and the admin views: a package and its versions, a version's item tree
 * (launch URLs relative to the package root) and the stored file for a path.
 */
@Service
public class Packages {

    private final PackageRows rows;
    private final PackageStorage storage;

    Packages(PackageRows rows, PackageStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    /** Every package, by title. */
    @Transactional(readOnly = true)
    public List<PackageSummary> list() {
        return rows.summaries();
    }

    @Transactional(readOnly = true)
    public Optional<PackageSummary> find(PackageId id) {
        return rows.summary(id);
    }

    /** The package one manifest identifier (SCORM) or course id (cmi5) names. */
    @Transactional(readOnly = true)
    public Optional<PackageSummary> findByIdentifier(String identifier) {
        return rows.packageByIdentifier(identifier).flatMap(rows::summary);
    }

    /** A package's versions, oldest first. */
    @Transactional(readOnly = true)
    public List<PackageVersion> versions(PackageId id) {
        return rows.versions(id);
    }

    @Transactional(readOnly = true)
    public Optional<PackageVersion> version(PackageId id, int version) {
        return rows.version(id, version);
    }

    @Transactional(readOnly = true)
    public Optional<PackageVersion> version(PackageVersionId id) {
        return rows.version(id);
    }

    @Transactional(readOnly = true)
    public Optional<PackageVersion> latest(PackageId id) {
        return rows.summary(id).flatMap(summary -> rows.version(summary.latestVersionId()));
    }

    /**
     * A file of a version by its path relative to the package root (no leading slash, no query): nothing when the
     * version does not have it or the path tries to leave the package.
     */
    @Transactional(readOnly = true)
    public Optional<PackageFile> file(PackageVersionId id, String path) {
        if (!PackagePaths.safe(path)) {
            return Optional.empty();
        }
        return rows.version(id).flatMap(version -> storage.get(version.contentSha256(), path)).map(resource -> {
            try {
                return new PackageFile(path, mediaType(path), resource.contentLength(), resource);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        });
    }

    static String mediaType(String path) {
        return MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
    }
}
