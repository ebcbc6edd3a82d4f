package no.medvirk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images, captions and videos of each course version, kept in the database when the version is imported, so a
 * version shows the media it was made with even after the files under courses/ change. Stored by content: a file
 * that several versions use is stored once.
 */
@Service
public class CourseMedia {

    /** The kinds of file a lesson may show, by file extension. Nothing else is stored or served. */
    static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "svg", "image/svg+xml", "vtt", "text/vtt", "mp4", "video/mp4", "webm", "video/webm");

    /** A media file's bytes, its type and their SHA-256 (hex), which never change for a version. */
    public record File(String mediaType, String sha256, byte[] bytes) {}

    private final JdbcTemplate jdbc;

    CourseMedia(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The media type of a path by its extension, when it is a kind of media lessons may show. */
    public static Optional<String> mediaType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The file a version's lesson refers to by its path under courses/, when the version has it. */
    @Transactional(readOnly = true)
    public Optional<File> find(UUID versionId, String path) {
        return jdbc.query("""
                select m.media_type, m.sha256, m.bytes from course_version_media v
                join course_media m on m.sha256 = v.sha256 where v.version_id = ? and v.path = ?""",
                (row, n) -> new File(row.getString(1), row.getString(2), row.getBytes(3)), versionId, path)
                .stream().findFirst();
    }

    /** Reads a media file from courses/, or nothing when it is not there or not media. */
    static @Nullable File read(Path coursesDir, String path) {
        return read(coursesDir, path, mediaType(path).orElse(null));
    }

    /** Reads a file from courses/ as the given type (null: not a kind that is kept), or nothing when it is missing. */
    static @Nullable File read(Path coursesDir, String path, @Nullable String type) {
        Path file = coursesDir.resolve(path).normalize();
        if (type == null || !file.startsWith(coursesDir.normalize()) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new File(type, DigestUtils.sha256Hex(bytes), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Links a new version to its media, storing the bytes of any file no version had before. */
    void store(UUID versionId, Map<String, File> media) {
        media.forEach((path, file) -> {
            // Asked first so that a large unchanged video is not sent to the database again.
            boolean known = Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from course_media where sha256 = ?)", Boolean.class, file.sha256()));
            if (!known) {
                jdbc.update("insert into course_media (sha256, media_type, bytes) values (?, ?, ?) "
                        + "on conflict (sha256) do nothing", file.sha256(), file.mediaType(), file.bytes());
            }
            jdbc.update("insert into course_version_media (version_id, path, sha256) values (?, ?, ?)", versionId,
                    path, file.sha256());
        });
    }
}
