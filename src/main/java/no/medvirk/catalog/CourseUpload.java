package no.medvirk.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.medvirk.catalog.source.CourseFolderReader;
import no.medvirk.catalog.source.SourceProblem;
import no.medvirk.shared.SafeZip;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A course folder uploaded as a zip: unpacked beside the courses (in a hidden folder, so the shared pieces are
 * where the course expects them), checked completely, and only then put in place of courses/&lt;id&gt; and imported
 * as a new version. A refused or invalid upload changes neither courses/ nor the database.
 */
@Service
public class CourseUpload {

    /** What became of an upload. */
    public sealed interface Result permits Refused, Invalid, Imported {}

    /** Not unpacked: the zip itself is unacceptable. The message key and its arguments say why. */
    public record Refused(String messageKey, List<Object> arguments) implements Result {}

    /** Unpacked, but the course breaks the format's rules: file, line and what to do, for each problem. */
    public record Invalid(String courseId, List<SourceProblem> problems) implements Result {}

    /** In place and imported: a new version, or unchanged when the content is what the current version holds. */
    public record Imported(CourseImportResult result) implements Result {}

    private static final long MB = 1024 * 1024;
    private static final String COURSE_FILE = "course.yaml";

    private final Path coursesDir;
    private final CourseImporter importer;
    private final long maxBytes;
    private final SafeZip.Limits limits;

    CourseUpload(@Value("${medvirk.courses-dir:./courses}") Path coursesDir, CourseImporter importer,
            @Value("${medvirk.course-upload.max-bytes:52428800}") long maxBytes,
            @Value("${medvirk.course-upload.max-entries:500}") int maxEntries,
            @Value("${medvirk.course-upload.max-unpacked-bytes:104857600}") long maxUnpackedBytes,
            @Value("${medvirk.course-upload.max-ratio:100}") int maxRatio) {
        this.coursesDir = coursesDir.toAbsolutePath().normalize();
        this.importer = importer;
        this.maxBytes = maxBytes;
        this.limits = new SafeZip.Limits(maxEntries, maxUnpackedBytes, maxRatio);
    }

    /** The largest zip accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** One upload at a time: two uploads of the same course must not swap folders under each other. */
    public synchronized Result upload(Path zip) {
        Path stage = null;
        try {
            if (Files.size(zip) > maxBytes) {
                return new Refused("course-upload.too-big", List.of(maxBytes / MB));
            }
            Files.createDirectories(coursesDir);
            stage = Files.createTempDirectory(coursesDir, ".upload-");
            SafeZip.unpack(zip, stage, limits);
            Path course = courseFolder(stage);
            if (course == null) {
                return new Refused("course-upload.no-course-yaml", List.of());
            }
            String id = courseId(course);
            if (CourseImporter.NOT_COURSES.contains(id)) {
                return new Refused("course-upload.reserved-id", List.of(id));
            }
            var read = new CourseFolderReader(coursesDir).readStaged(id, course);
            if (!read.valid()) {
                return new Invalid(id, read.problems());
            }
            return install(id, course);
        } catch (SafeZip.Refused refused) {
            return new Refused(refused.messageKey("course-upload"), refused.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the uploaded course", e);
        } finally {
            SafeZip.deleteFolder(stage);
        }
    }

    /** The course.yaml at the zip's root, or in its one top-level folder (macOS's __MACOSX aside). */
    private static @Nullable Path courseFolder(Path stage) throws IOException {
        if (Files.isRegularFile(stage.resolve(COURSE_FILE))) {
            return stage;
        }
        List<Path> top;
        try (Stream<Path> entries = Files.list(stage)) {
            top = entries.filter(p -> !p.getFileName().toString().equals("__MACOSX")).toList();
        }
        return top.size() == 1 && Files.isRegularFile(top.getFirst().resolve(COURSE_FILE)) ? top.getFirst() : null;
    }

    /**
     * The id course.yaml gives, which is the folder the course will have. When it gives none the reader still needs
     * a name to report problems under; it then reports the missing or malformed id itself.
     */
    private static String courseId(Path course) {
        try (Reader reader = Files.newBufferedReader(course.resolve(COURSE_FILE), StandardCharsets.UTF_8)) {
            if (new Yaml(new SafeConstructor(new LoaderOptions())).load(reader) instanceof Map<?, ?> map
                    && map.get("id") instanceof String id && id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")
                    && !id.contains("..")) {
                return id;
            }
        } catch (IOException | RuntimeException e) {
            // The reader reports what is wrong with the file.
        }
        return "kurs";
    }

    /** Old folder aside, new folder in, import; the old folder comes back if the import does not take. */
    private Result install(String id, Path course) throws IOException {
        Path live = coursesDir.resolve(id);
        Path old = Files.exists(live) ? coursesDir.resolve(".old-" + id + "-" + UUID.randomUUID()) : null;
        if (old != null) {
            Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(course, live, StandardCopyOption.ATOMIC_MOVE);
        CourseImportResult result;
        try {
            result = importer.importFolder(id);
        } catch (RuntimeException e) {
            restore(live, old);
            throw e;
        }
        if (result.outcome() == CourseImportResult.Outcome.INVALID) {
            // Only if a shared piece changed between the check and the import.
            restore(live, old);
            if (old != null) {
                importer.importFolder(id);
            }
            return new Invalid(id, result.problems());
        }
        SafeZip.deleteFolder(old);
        return new Imported(result);
    }

    private static void restore(Path live, @Nullable Path old) throws IOException {
        SafeZip.deleteFolder(live);
        if (old != null) {
            Files.move(old, live, StandardCopyOption.ATOMIC_MOVE);
        }
    }

}
