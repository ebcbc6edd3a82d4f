package no.medvirk.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /kursmedia/...: the images, captions and videos lessons refer to, from the courses folder. Only media types, only
 * inside the folder, and SVG with a policy that lets it run nothing.
 */
@RestController
class CourseMediaController {

    static final Map<String, MediaType> TYPES = Map.of(
            "png", MediaType.IMAGE_PNG, "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG,
            "svg", MediaType.valueOf("image/svg+xml"), "vtt", MediaType.valueOf("text/vtt"),
            "mp4", MediaType.valueOf("video/mp4"), "webm", MediaType.valueOf("video/webm"));

    private final Path root;

    CourseMediaController(@Value("${medvirk.courses-dir:./courses}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @GetMapping("/kursmedia/**")
    ResponseEntity<Resource> media(HttpServletRequest request) {
        String path = request.getRequestURI().substring((request.getContextPath() + "/kursmedia/").length());
        Path file = root.resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8))
                .normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        MediaType type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (!file.startsWith(root) || type == null || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(new FileSystemResource(file));
    }
}
