package no.medvirk.resourcebank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Where an entry is used: lessons of published courses whose Markdown links to the entry's address
 * ({@code /ressursbank/<id>}). Reading every published version for each page view took about 75 ms with 200
 * courses, so the links are indexed once, by entry, and indexed again only when the catalogue's fingerprint of
 * published versions changes (a course imported with new content, published or unpublished). Asking for the
 * fingerprint is one small query, so a new version still shows at once, on every node.
 */
@Service
public class Usages {

    private static final Pattern ADDRESS = Pattern.compile(
            "ressursbank/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /** The links of the published courses as they were when the catalogue had this fingerprint. */
    private record Index(String fingerprint, Map<UUID, List<Usage>> byEntry) {}

    private final CourseCatalog catalog;
    private volatile @Nullable Index index;

    Usages(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Usage> of(UUID entryId) {
        // The fingerprint is read before the versions: if a course changes in between, the index is labelled with
        // the older fingerprint and is built again on the next view, never kept with content older than its label.
        String fingerprint = catalog.publishedFingerprint();
        Index current = index;
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            current = new Index(fingerprint, links(catalog.publishedVersions()));
            index = current;
        }
        return current.byEntry().getOrDefault(entryId, List.of());
    }

    private static Map<UUID, List<Usage>> links(List<CourseVersion> versions) {
        Map<UUID, List<Usage>> byEntry = new HashMap<>();
        for (CourseVersion version : versions) {
            for (CourseSource.Module module : version.course().modules()) {
                for (CourseSource.Item item : module.items()) {
                    if (item instanceof CourseSource.Lesson lesson) {
                        Usage usage = new Usage(version.courseId(), version.course().title(), lesson.title());
                        entries(lesson.markdown()).forEach(entry -> byEntry.computeIfAbsent(entry,
                                e -> new ArrayList<>()).add(usage));
                    }
                }
            }
        }
        byEntry.replaceAll((entry, usages) -> List.copyOf(usages));
        return Map.copyOf(byEntry);
    }

    private static Set<UUID> entries(String markdown) {
        Set<UUID> found = new LinkedHashSet<>();
        Matcher matcher = ADDRESS.matcher(markdown);
        while (matcher.find()) {
            found.add(UUID.fromString(matcher.group(1)));
        }
        return found;
    }
}
