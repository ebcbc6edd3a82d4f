package no.medvirk.packages;

import java.util.Optional;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** What a package played as a catalog course needs of the course: its title, and its enrolment finished. */
@Component
class PackageCourseFinish {

    private final CourseCatalog catalog;
    private final Enrolments enrolments;

    PackageCourseFinish(CourseCatalog catalog, Enrolments enrolments) {
        this.catalog = catalog;
        this.enrolments = enrolments;
    }

    Optional<LocalizedText> title(String courseId) {
        return catalog.currentVersion(courseId).map(version -> version.course().title());
    }

    /** The package is completed (and not failed) in the enrolment with this id. */
    void finished(UUID enrolmentId) {
        enrolments.finish(enrolmentId);
    }
}
