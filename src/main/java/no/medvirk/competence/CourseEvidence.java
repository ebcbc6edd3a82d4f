package no.medvirk.competence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
        ActivityItems.Snapshot mapping = activityItems.current();
        List<UUID> voided = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (StatementsStored.Stored statement : stored.statements()) {
            if (statement.voids() != null) {
                voided.add(statement.voids());
            } else if (statement.activityId() != null && !mapping.of(statement.activityId()).isEmpty()) {
                activities.person(statement.accountHomePage(), statement.accountName())
                        .ifPresent(person -> steps.add(new Step(person.value(), statement,
                                mapping.of(statement.activityId()))));
            }
        }
        if (steps.isEmpty() && voided.isEmpty()) {
            return;
        }
        Set<UUID> persons = new java.util.TreeSet<>(profiles.personsWithEvidenceFrom(voided));
        steps.forEach(step -> persons.add(step.person()));
        profiles.lock(persons);
        for (Step step : steps) {
            StatementsStored.Stored statement = step.statement();
            boolean achieved = ACHIEVING.contains(statement.verb()) && !Boolean.FALSE.equals(statement.success());
            profiles.recordCourseEvidence(step.person(), step.items(), achieved, statement.timestamp(),
                    statement.activityId(), statement.id());
        }
        voided.forEach(profiles::withdrawCourseEvidence);
    }

    private record Step(UUID person, StatementsStored.Stored statement, Set<String> items) {}
}
