package no.medvirk.learning;

import java.util.Optional;
import java.util.UUID;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.LocalizedText;
import no.medvirk.shared.MedvirkProperties;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI names of Medvirk's own courses and learners: activity ids under the base URL and the account a person
 * acts as. The statements the player makes use them, and modules that read learning back from the LRS
 * (competence, certificates) recognise them by the same rules.
 */
@Component
public class CourseActivities {

    private final String baseUrl;

    CourseActivities(MedvirkProperties properties) {
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    /**
     * The start of a statement Medvirk makes about a learner: the person's account as actor and the verb with its
     * display in both languages. The learning player and the package player add object, result and context.
     */
    public ObjectNode statement(String personId, String verbId, LocalizedText display) {
        ObjectNode statement = XapiJson.MAPPER.createObjectNode();
        statement.putObject("actor").put("objectType", "Agent").putObject("account").put("homePage", homePage())
                .put("name", personId);
        statement.putObject("verb").put("id", verbId).putObject("display").put("nb-NO", display.nb())
                .put("en-US", display.en());
        return statement;
    }

    /** An activity with its name in both languages and its type. */
    public static ObjectNode activity(String id, LocalizedText name, String type) {
        ObjectNode activity = XapiJson.MAPPER.createObjectNode();
        activity.put("objectType", "Activity").put("id", id);
        ObjectNode definition = activity.putObject("definition");
        definition.putObject("name").put("nb-NO", name.nb()).put("en-US", name.en());
        definition.put("type", type);
        return activity;
    }

    /** The account home page of every Medvirk learner. */
    public String homePage() {
        return baseUrl;
    }

    public String course(String courseId) {
        return baseUrl + "/xapi/activities/courses/" + courseId;
    }

    /** The course an activity id names, when it is a Medvirk course's own activity (not a module or lesson). */
    public Optional<String> courseId(@Nullable String activityId) {
        String prefix = course("");
        if (activityId == null || !activityId.startsWith(prefix)) {
            return Optional.empty();
        }
        String id = activityId.substring(prefix.length());
        return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(id);
    }

    public String module(String courseId, CourseSource.Module module) {
        return course(courseId) + "/modules/" + module.id();
    }

    /** A lesson or quiz keeps one activity id wherever it is used, so a shared lesson is one activity. */
    public String item(CourseSource.Item item) {
        return baseUrl + "/xapi/activities/content/" + item.path().replaceAll("\\.(md|yaml)$", "");
    }

    public String question(CourseSource.Quiz quiz, CourseSource.Question question) {
        return item(quiz) + "/questions/" + question.id();
    }

    /** The person a statement's actor account names, when it is a Medvirk account. */
    public Optional<PersonId> person(@Nullable String accountHomePage, @Nullable String accountName) {
        if (!baseUrl.equals(accountHomePage) || accountName == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PersonId(UUID.fromString(accountName)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
