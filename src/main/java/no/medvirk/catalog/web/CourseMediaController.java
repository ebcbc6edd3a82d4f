package no.medvirk.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.medvirk.catalog.CourseMedia;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * /kursmedia/&lt;version id&gt;/&lt;path under courses/&gt;: the images, captions and videos a course version's lessons
 * show, as the version was imported. A version's media never change, so browsers may keep them for a year. Only
 * media types, only what the version holds, and SVG with a policy that lets it run nothing.
 */
@RestController
class CourseMediaController {

    private static final String PREFIX = "/kursmedia/";

    private final CourseMedia media;

    CourseMediaController(CourseMedia media) {
        this.media = media;
    }

    @GetMapping("/kursmedia/{versionId}/**")
    ResponseEntity<Resource> media(@PathVariable String versionId, HttpServletRequest request) {
        String uri = request.getRequestURI().substring((request.getContextPath() + PREFIX).length());
        String path = decode(uri.substring(uri.indexOf('/') + 1));
        UUID version = uuid(versionId);
        if (version == null || path == null || CourseMedia.mediaType(path).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return media.find(version, path).map(file -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .eTag(file.sha256())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .<Resource>body(new ByteArrayResource(file.bytes())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The path as stored, or null for anything that tries to step out of it. */
    private static @Nullable String decode(String raw) {
        String path;
        try {
            path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        boolean unsafe = path.isEmpty() || path.contains("\\") || path.indexOf('\0') >= 0
                || List.of(path.split("/", -1)).stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
        return unsafe ? null : path;
    }
}
