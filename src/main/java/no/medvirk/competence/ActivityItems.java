package no.medvirk.competence;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.learning.CourseActivities;
import org.springframework.stereotype.Component;

/**
 * Which competence items each learning activity gives evidence for, from every version of every course: the
 * course (its own list and everything its lessons and questions map to), each lesson, each quiz (its questions'
 * items) and each question. Built once and again only when a course version has been added.
 */
@Component
class ActivityItems {

    private final CourseCatalog catalog;
    private final CourseActivities activities;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of());

    ActivityItems(CourseCatalog catalog, CourseActivities activities) {
        this.catalog = catalog;
        this.activities = activities;
    }

    /** The mapping as it is now: look up a batch of statements in one snapshot, not a query per statement. */
    Snapshot current() {
        int count = catalog.versionCount();
        Snapshot now = snapshot;
        if (now.versions() != count) {
            now = build(count, catalog.versions());
            snapshot = now;
        }
        return now;
    }

    private Snapshot build(int count, List<CourseVersion> versions) {
        Map<String, Set<String>> byActivity = new HashMap<>();
        Map<String, Set<String>> byCourse = new HashMap<>();
        for (CourseVersion version : versions) {
            CourseSource course = version.course();
            Set<String> all = new LinkedHashSet<>(course.competence());
            for (CourseSource.Module module : course.modules()) {
                for (CourseSource.Item item : module.items()) {
                    Set<String> itemIds = new LinkedHashSet<>();
                    switch (item) {
                        case CourseSource.Lesson lesson -> itemIds.addAll(lesson.competence());
                        case CourseSource.Quiz quiz -> quiz.questions().forEach(question -> {
                            itemIds.addAll(question.competence());
                            add(byActivity, activities.question(quiz, question), question.competence());
                        });
                    }
                    add(byActivity, activities.item(item), itemIds);
                    all.addAll(itemIds);
                }
            }
            add(byActivity, activities.course(version.courseId()), all);
            byCourse.put(version.courseId(), all);
        }
        return new Snapshot(count, Map.copyOf(byActivity), Map.copyOf(byCourse));
    }

    private static void add(Map<String, Set<String>> map, String key, java.util.Collection<String> items) {
        if (!items.isEmpty()) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(items);
        }
    }

    /** Items by activity id, and by course id what completing the course's newest version gives. */
    record Snapshot(int versions, Map<String, Set<String>> byActivity, Map<String, Set<String>> byCourse) {

        /** The items an activity gives evidence for; empty when it maps to none. */
        Set<String> of(String activityId) {
            return byActivity.getOrDefault(activityId, Set.of());
        }
    }
}
