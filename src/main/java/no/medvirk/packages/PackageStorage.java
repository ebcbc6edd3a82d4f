package no.medvirk.packages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where the files of package versions are kept, by content hash: a file system folder now, object storage later.
 * A version's files are written once, complete, and never changed.
 */
public interface PackageStorage {

    /** Stores the files under {@code folder} as the version with this content hash; nothing when it has them. */
    void put(String contentSha256, Path folder) throws IOException;

    /** One file of a version, by its path relative to the package root. */
    Optional<Resource> get(String contentSha256, String path);

    /** Every file of a version, as paths relative to the package root, sorted. */
    List<String> list(String contentSha256) throws IOException;

    /** Whether a version with this content hash is stored complete. */
    boolean contains(String contentSha256);
}
