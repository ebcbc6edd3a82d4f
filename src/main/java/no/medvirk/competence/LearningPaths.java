package no.medvirk.competence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's learning path: the published courses that give evidence for the items they still lack in the levels
 * they follow, those closing the most gaps first, then the shortest.
 */
@Service
public class LearningPaths {

    /** A course on the path and the person's open items it covers. */
    public record Step(String courseId, LocalizedText title, int minutes, List<String> items) {}

    private final CompetenceProfiles profiles;
    private final CompetenceFrameworks frameworks;
    private final CourseCatalog catalog;
    private final ActivityItems activityItems;

    LearningPaths(CompetenceProfiles profiles, CompetenceFrameworks frameworks, CourseCatalog catalog,
            ActivityItems activityItems) {
        this.profiles = profiles;
        this.frameworks = frameworks;
        this.catalog = catalog;
        this.activityItems = activityItems;
    }

    @Transactional(readOnly = true)
    public List<Step> of(PersonId person) {
        Set<String> open = openItems(person);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> byCourse = activityItems.current().byCourse();
        List<Step> steps = new ArrayList<>();
        for (CourseVersion version : catalog.publishedVersions()) {
            List<String> covered = byCourse.getOrDefault(version.courseId(), Set.of()).stream()
                    .filter(open::contains).toList();
            if (!covered.isEmpty()) {
                steps.add(new Step(version.courseId(), version.course().title(), version.course().estimatedMinutes(),
                        covered));
            }
        }
        steps.sort(Comparator.comparing((Step step) -> -step.items().size()).thenComparing(Step::minutes)
                .thenComparing(Step::courseId));
        return steps;
    }

    /** The items of the person's levels that are not achieved (not started, in progress or expired). */
    private Set<String> openItems(PersonId person) {
        var statuses = profiles.statusOf(person);
        Set<String> open = new LinkedHashSet<>();
        for (LevelRef target : profiles.targets(person)) {
            frameworks.framework(target.frameworkId()).stream().flatMap(f -> f.levels().stream())
                    .filter(level -> level.id().equals(target.levelId())).flatMap(level -> level.items().stream())
                    .filter(item -> {
                        ItemStatus status = statuses.get(item.id());
                        return status == null || status.status() != ItemStatus.Status.ACHIEVED;
                    })
                    .forEach(item -> open.add(item.id()));
        }
        return open;
    }
}
