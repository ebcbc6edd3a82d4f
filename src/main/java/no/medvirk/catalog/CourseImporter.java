package no.medvirk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import no.medvirk.catalog.source.CourseFolderReader;
import no.medvirk.catalog.source.CourseSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the course folders under courses/ on start and on demand. A course whose content changed gets a new,
 * immutable version; an unchanged one is left alone; an invalid one changes nothing that was published before and
 * its problems are kept for the course administrators to see. Competence ids are checked against the published
 * competence frameworks when a {@link CompetenceItemIds} bean is there; those are imported first on start.
 */
@Service
public class CourseImporter {

    /** The order of the import on start; the competence frameworks are imported before it. */
    public static final int IMPORT_ORDER = 100;

    static final Set<String> NOT_COURSES = Set.of("shared", "schema", "competence");
    private static final Logger log = LoggerFactory.getLogger(CourseImporter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path coursesDir;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Optional<CompetenceItemIds> competenceItemIds;
    private final LessonHtml lessonHtml;
    private final CourseMedia media;
    private final Map<String, CourseImportResult> lastImport = new ConcurrentHashMap<>();

    CourseImporter(@Value("${medvirk.courses-dir:./courses}") Path coursesDir, JdbcTemplate jdbc, Clock clock,
            Optional<CompetenceItemIds> competenceItemIds, LessonHtml lessonHtml, CourseMedia media) {
        this.coursesDir = coursesDir.toAbsolutePath().normalize();
        this.jdbc = jdbc;
        this.clock = clock;
        this.competenceItemIds = competenceItemIds;
        this.lessonHtml = lessonHtml;
        this.media = media;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(IMPORT_ORDER)
    public void importOnStart() {
        if (Files.isDirectory(coursesDir)) {
            importFolders().forEach(r -> log.info("Course {}: {} (version {}){}", r.folder(), r.outcome(), r.version(),
                    r.problems().isEmpty() ? "" : " " + r.problems()));
        } else {
            log.info("No courses folder at {}; no courses imported", coursesDir.toAbsolutePath());
        }
    }

    /**
     * Reloads everything from courses/: the competence frameworks first (their item ids are what courses are
     * checked against), then every course folder.
     */
    public List<CourseImportResult> importAll() {
        competenceItemIds.ifPresent(CompetenceItemIds::reload);
        return importFolders();
    }

    /** Imports every course folder, one transaction each: one broken course does not hold the others back. */
    private List<CourseImportResult> importFolders() {
        List<String> folders;
        try (Stream<Path> entries = Files.list(coursesDir)) {
            folders = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !NOT_COURSES.contains(name) && !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + coursesDir, e);
        }
        return folders.stream().map(this::importFolder).toList();
    }

    /** The problems and outcome of the latest import of each folder. */
    public List<CourseImportResult> lastImport() {
        return lastImport.values().stream().sorted(java.util.Comparator.comparing(CourseImportResult::folder)).toList();
    }

    @Transactional
    public CourseImportResult importFolder(String folder) {
        var known = competenceItemIds.map(CompetenceItemIds::known).orElse(null);
        var read = new CourseFolderReader(coursesDir, known).read(folder);
        CourseImportResult result;
        if (!read.valid()) {
            result = new CourseImportResult(folder, CourseImportResult.Outcome.INVALID, currentNumber(folder),
                    read.problems());
        } else {
            result = store(read.course());
        }
        lastImport.put(folder, result);
        return result;
    }

    private CourseImportResult store(CourseSource course) {
        String json = JSON.writeValueAsString(course);
        Map<String, CourseMedia.File> files = new TreeMap<>();
        var paths = new java.util.TreeSet<>(lessonHtml.mediaPaths(course));
        if (course.certificate() != null && course.certificate().logo() != null) {
            paths.add(course.certificate().logo());
        }
        if (course.packageZip() != null) {
            // The package the course wraps is kept with the version, like its media: the packages module imports it.
            CourseMedia.File zip = CourseMedia.read(coursesDir, course.packageZip(), "application/zip");
            if (zip != null) {
                files.put(course.packageZip(), zip);
            }
        }
        for (String path : paths) {
            CourseMedia.File file = CourseMedia.read(coursesDir, path);
            if (file != null) {
                files.put(path, file);
            }
        }
        // The media's bytes are content too: a changed image alone makes a new version.
        var content = new StringBuilder(json);
        files.forEach((path, file) -> content.append('\n').append(path).append(' ').append(file.sha256()));
        String hash = DigestUtils.sha256Hex(content.toString());
        jdbc.update("insert into course (id) values (?) on conflict (id) do nothing", course.id());
        List<Integer> same = jdbc.queryForList(
                "select number from course_version where course_id = ? and content_hash = ?", Integer.class,
                course.id(), hash);
        if (!same.isEmpty()) {
            return new CourseImportResult(course.id(), CourseImportResult.Outcome.UNCHANGED, same.getFirst(), List.of());
        }
        int number = currentNumber(course.id()) + 1;
        UUID version = UUID.randomUUID();
        jdbc.update("insert into course_version (id, course_id, number, content_hash, source, imported_at) "
                + "values (?, ?, ?, ?, ?::jsonb, ?)", version, course.id(), number, hash, json,
                Timestamp.from(clock.instant()));
        media.store(version, files);
        jdbc.update("update course set current_version = ? where id = ?", version, course.id());
        return new CourseImportResult(course.id(), CourseImportResult.Outcome.NEW_VERSION, number, List.of());
    }

    private int currentNumber(String courseId) {
        Integer number = jdbc.queryForObject("select max(number) from course_version where course_id = ?",
                Integer.class, courseId);
        return number == null ? 0 : number;
    }
}
