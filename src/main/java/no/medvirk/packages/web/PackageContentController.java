package no.medvirk.packages.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import no.medvirk.packages.PackageVersionId;
import no.medvirk.packages.Packages;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * /pakkeinnhold/&lt;version id&gt;/&lt;path in the package&gt;: the files of a stored package version, for signed-in
 * people. Same origin as the app, because SCORM content finds its runtime API through {@code window.parent}; the
 * headers keep the content's own requests, scripts, frames and forms inside its version's folder (docs/packages.md
 * says what that does and does not limit). A version never changes, so browsers may keep its files.
 */
@RestController
class PackageContentController {

    private final Packages packages;

    PackageContentController(Packages packages) {
        this.packages = packages;
    }

    @GetMapping("/pakkeinnhold/{versionId}/**")
    ResponseEntity<Resource> file(@PathVariable String versionId, HttpServletRequest request) {
        String prefix = request.getContextPath() + "/pakkeinnhold/" + versionId + "/";
        String uri = request.getRequestURI();
        UUID version = uuid(versionId);
        if (version == null || !uri.startsWith(prefix)) {
            return ResponseEntity.notFound().build();
        }
        String path = decode(uri.substring(prefix.length()));
        if (path == null) {
            return ResponseEntity.notFound().build();
        }
        String site = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String base = site + prefix.substring(request.getContextPath().length());
        return packages.file(new PackageVersionId(version), path).map(file -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .header("Content-Security-Policy", policy(base, site))
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .header("Referrer-Policy", "same-origin")
                .body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * Everything from the version's own folder (inline and eval'd script too: authoring tools need them), nothing
     * from elsewhere, no plugins, and framed only by the app itself. A cmi5 AU also talks to the LRS and the fetch
     * URL; SCORM content gains nothing there (both want credentials it does not have, not the session cookie).
     */
    static String policy(String base, String site) {
        return "default-src " + base + "; script-src " + base + " 'unsafe-inline' 'unsafe-eval'; style-src " + base
                + " 'unsafe-inline'; img-src " + base + " data: blob:; media-src " + base + " blob:; font-src " + base
                + " data:; connect-src " + base + " " + site + "/xapi/ " + site + "/cmi5/fetch/; frame-src " + base
                + " about:; object-src 'none'; base-uri " + base + "; form-action " + base + "; frame-ancestors 'self'";
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
