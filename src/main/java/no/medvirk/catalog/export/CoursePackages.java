package no.medvirk.catalog.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseMedia;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.LessonHtml;
import no.medvirk.shared.MedvirkI18NProvider;
import no.medvirk.shared.MedvirkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a course's latest version as a package another learning platform can play and be reported to: SCORM 2004
 * 4th edition or cmi5. The package holds the course as one HTML page, the version's own media, the player script
 * and the manifest the standard asks for.
 */
@Service
public class CoursePackages {

    private static final Logger log = LoggerFactory.getLogger(CoursePackages.class);
    private static final List<String> PLAYER = List.of("player.js", "player.css");

    private final CourseCatalog catalog;
    private final CourseMedia media;
    private final LessonHtml lessonHtml;
    private final Labels labels;
    private final String baseUrl;

    CoursePackages(CourseCatalog catalog, CourseMedia media, LessonHtml lessonHtml, MedvirkI18NProvider i18n,
            MedvirkProperties properties) {
        this.catalog = catalog;
        this.media = media;
        this.lessonHtml = lessonHtml;
        this.labels = new Labels(i18n);
        this.baseUrl = properties.baseUrl();
    }

    /** The package of the course's latest version, published or not; empty when there is no such course. */
    @Transactional(readOnly = true)
    public Optional<CoursePackage> export(String courseId, PackageFormat format) {
        return catalog.latestVersion(courseId).map(version -> new CoursePackage(fileName(version, format),
                zip(version, format)));
    }

    static String fileName(CourseVersion version, PackageFormat format) {
        return version.courseId() + "-v" + version.number() + "-" + format.suffix() + ".zip";
    }

    private byte[] zip(CourseVersion version, PackageFormat format) {
        var scoring = PackageScoring.of(version.course());
        String data = PlayerData.json(version, format, scoring, labels);
        Map<String, byte[]> content = new LinkedHashMap<>();
        content.put("index.html", new CoursePage(lessonHtml, labels).html(version, format, data)
                .getBytes(StandardCharsets.UTF_8));
        for (String script : List.of(PLAYER.get(0), format.runtimeScript(), PLAYER.get(1))) {
            content.put("player/" + script, resource("player/" + script));
        }
        for (String path : lessonHtml.mediaPaths(version.course())) {
            media.find(version.id(), path).ifPresentOrElse(
                    file -> content.put(CoursePage.mediaEntry(path), file.bytes()),
                    () -> log.warn("Course {} version {} has no media file {}; exported without it",
                            version.courseId(), version.number(), path));
        }
        Map<String, byte[]> zip = new LinkedHashMap<>();
        if (format == PackageFormat.SCORM_2004) {
            List<String> files = content.keySet().stream()
                    .map(name -> name.startsWith("media/") ? CoursePage.mediaUrl(name.substring(6)) : name).toList();
            zip.put("imsmanifest.xml", ScormManifest.xml(version, scoring, files));
            ScormManifest.SCHEMAS.forEach(schema -> zip.put(schema, resource("scorm2004/" + schema)));
        } else {
            zip.put("cmi5.xml", Cmi5Structure.xml(version, scoring, baseUrl));
        }
        zip.putAll(content);
        return write(zip);
    }

    private static byte[] write(Map<String, byte[]> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = CoursePackages.class.getResourceAsStream("/export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing /export/" + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
