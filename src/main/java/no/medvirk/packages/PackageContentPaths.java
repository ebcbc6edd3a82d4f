package no.medvirk.packages;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where a version's files are served: {@code /pakkeinnhold/<version id>/<path in the package>}. */
final class PackageContentPaths {

    static final String PREFIX = "/pakkeinnhold/";

    private PackageContentPaths() {}

    /** The address of a launch URL (relative to the package root, perhaps with a query) of a version. */
    static String url(PackageVersionId version, String launchUrl) {
        int query = launchUrl.indexOf('?');
        String path = query < 0 ? launchUrl : launchUrl.substring(0, query);
        // The path is stored decoded ("my page.html"); the query is passed on as the manifest wrote it.
        return PREFIX + version.value() + "/" + UriUtils.encodePath(path, StandardCharsets.UTF_8)
                + (query < 0 ? "" : launchUrl.substring(query));
    }
}
