package no.medvirk.resourcebank;

import java.util.List;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.source.CourseSource;
import org.springframework.stereotype.Service;

/**
 * Where an entry is used: lessons of published courses whose Markdown links to the entry's address
 * ({@code /ressursbank/<id>}). Read from the catalogue each time, so a new course version shows at once.
 */
@Service
public class Usages {

    private final CourseCatalog catalog;

    Usages(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Usage> of(UUID entryId) {
        String address = "ressursbank/" + entryId;
        return catalog.publishedVersions().stream().flatMap(version -> version.course().modules().stream()
                .flatMap(m -> m.items().stream())
                .filter(item -> item instanceof CourseSource.Lesson lesson && lesson.markdown().contains(address))
                .map(item -> new Usage(version.courseId(), version.course().title(),
                        ((CourseSource.Lesson) item).title()))).toList();
    }
}
