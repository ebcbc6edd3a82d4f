package no.medvirk.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.catalog.CourseMedia;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Catalog courses that wrap a SCORM package: the course version keeps the zip (as the catalog keeps media), and the
 * first time the version is played the zip is imported like an upload and linked to the version. The catalog knows
 * nothing of packages; this module reads its API.
 */
@Service
public class WrappedPackages {

    private final JdbcTemplate jdbc;
    private final CourseMedia media;
    private final PackageUpload upload;
    private final Packages packages;

    WrappedPackages(JdbcTemplate jdbc, CourseMedia media, PackageUpload upload, Packages packages) {
        this.jdbc = jdbc;
        this.media = media;
        this.upload = upload;
        this.packages = packages;
    }

    /**
     * The package version a course version plays, imported now when it has not been. Refused with the upload's
     * message when the zip is no valid package (the course importer checks only that it is there).
     */
    public PackageVersion packageOf(CourseVersion version) {
        String zip = version.course().packageZip();
        if (zip == null) {
            throw new IllegalArgumentException("Course " + version.courseId() + " wraps no package");
        }
        return linked(version.id()).flatMap(packages::version).orElseGet(() -> importZip(version, zip));
    }

    private Optional<PackageVersionId> linked(UUID courseVersionId) {
        return jdbc.query("select package_version_id from course_package where course_version_id = ?",
                (row, n) -> new PackageVersionId(row.getObject(1, UUID.class)), courseVersionId).stream().findFirst();
    }

    private PackageVersion importZip(CourseVersion version, String path) {
        CourseMedia.File file = media.find(version.id(), path)
                .orElseThrow(() -> new DomainException("package-player.course-package-missing"));
        Path temporary = null;
        try {
            temporary = Files.createTempFile("course-package-", ".zip");
            Files.write(temporary, file.bytes());
            PackageUpload.Result result = upload.upload(temporary);
            if (!(result instanceof PackageUpload.Imported imported)) {
                throw new DomainException("package-player.course-package-invalid");
            }
            jdbc.update("insert into course_package (course_version_id, package_version_id) values (?, ?) "
                    + "on conflict (course_version_id) do nothing", version.id(), imported.version().id().value());
            return imported.version();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import the package of course " + version.courseId(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed with the system's temporary files.
                }
            }
        }
    }
}
