package no.medvirk.competence;

import java.util.Set;
import no.medvirk.catalog.CompetenceItemIds;
import org.springframework.stereotype.Component;

/** Gives the course import the item ids it checks courses' competence lists against. */
@Component
class CourseCompetenceIds implements CompetenceItemIds {

    private final CompetenceFrameworks frameworks;
    private final FrameworkImporter importer;

    CourseCompetenceIds(CompetenceFrameworks frameworks, FrameworkImporter importer) {
        this.frameworks = frameworks;
        this.importer = importer;
    }

    @Override
    public void reload() {
        importer.importOnStart();
    }

    @Override
    public Set<String> known() {
        return frameworks.knownItemIds();
    }
}
