package no.medvirk.competence;

import java.util.Set;
import no.medvirk.learning.CourseActivities;
import no.medvirk.xapi.StatementsStored;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the LRS stores into course evidence: a passed or completed statement of an activity that maps to
 * items achieves them; any other step on it shows them in progress; a voiding statement takes its target's
 * evidence back. Runs after the LRS has committed, in its own transaction, and is retried by the event
 * publication registry if it fails.
 */
@Component
class CourseEvidence {

    static final Set<String> ACHIEVING = Set.of("http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/completed");

    private final CompetenceProfiles profiles;
    private final ActivityItems activityItems;
    private final CourseActivities activities;

    CourseEvidence(CompetenceProfiles profiles, ActivityItems activityItems, CourseActivities activities) {
        this.profiles = profiles;
        this.activityItems = activityItems;
        this.activities = activities;
    }

    @ApplicationModuleListener
    void on(StatementsStored stored) {
        for (StatementsStored.Stored statement : stored.statements()) {
            if (statement.voids() != null) {
                profiles.withdrawCourseEvidence(statement.voids());
                continue;
            }
            if (statement.activityId() == null) {
                continue;
            }
            Set<String> items = activityItems.of(statement.activityId());
            if (items.isEmpty()) {
                continue;
            }
            activities.person(statement.accountHomePage(), statement.accountName()).ifPresent(person -> {
                boolean achieved = ACHIEVING.contains(statement.verb())
                        && !Boolean.FALSE.equals(statement.success());
                profiles.recordCourseEvidence(person.value(), items, achieved, statement.timestamp(),
                        statement.activityId(), statement.id());
            });
        }
    }
}
