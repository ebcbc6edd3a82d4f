package no.medvirk.packages.cmi5;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementPage;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What a cmi5 registration holds, read back from the LRS (never kept twice): which activities have cmi5 defined
 * statements of a verb. A statement counts only with the cmi5 category, so an AU's "cmi5 allowed" completed (of a
 * video, say) is not the AU's completion.
 */
@Component
class Cmi5Facts {

    private final LearningRecordStore lrs;

    Cmi5Facts(LearningRecordStore lrs) {
        this.lrs = lrs;
    }

    /** What moveOn is decided on in this registration. */
    MoveOn moveOn(UUID registration) {
        return new MoveOn(objects(registration, Cmi5Vocabulary.COMPLETED), objects(registration, Cmi5Vocabulary.PASSED),
                objects(registration, Cmi5Vocabulary.WAIVED));
    }

    /** The ids of the activities with a cmi5 defined statement of this verb in the registration. */
    Set<String> objects(UUID registration, String verb) {
        var ids = new HashSet<String>();
        for (JsonNode statement : cmi5Defined(query(registration, verb, null))) {
            String id = XapiJson.text(statement.path("object"), "id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Whether the activity has a cmi5 defined statement of this verb, as its object, in the registration. */
    boolean has(UUID registration, String activityId, String verb) {
        return cmi5Defined(query(registration, verb, activityId)).stream()
                .anyMatch(s -> activityId.equals(XapiJson.text(s.path("object"), "id")));
    }

    /** Every page of the query's answer, the cmi5 defined statements only. */
    private List<JsonNode> cmi5Defined(StatementQuery first) {
        var statements = new ArrayList<JsonNode>();
        Optional<StatementQuery> next = Optional.of(first);
        while (next.isPresent()) {
            StatementPage page = lrs.query(next.get());
            page.statements().stream().filter(Cmi5Facts::cmi5Defined).forEach(statements::add);
            next = page.more();
        }
        return statements;
    }

    private static StatementQuery query(UUID registration, String verb, @Nullable String activity) {
        return new StatementQuery(null, verb, activity, registration, false, false, null, null, 0, true, null, null);
    }

    /** Whether a statement carries the cmi5 category (section 9.6.2.1). */
    static boolean cmi5Defined(JsonNode statement) {
        for (JsonNode category : statement.path("context").path("contextActivities").path("category")) {
            if (Cmi5Vocabulary.CATEGORY_CMI5.equals(XapiJson.text(category, "id"))) {
                return true;
            }
        }
        return false;
    }
}
