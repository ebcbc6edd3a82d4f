package no.medvirk.packages;

import static no.medvirk.learning.CourseActivities.activity;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import no.medvirk.learning.CourseActivities;
import no.medvirk.shared.LocalizedText;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI statements SCORM runtime data becomes, after ADL's xAPI SCORM profile: ADL verbs, the SCO as a lesson
 * inside the course (or the package when it is played alone), interactions under the SCO, the profile in
 * contextActivities.category, the attempt's registration. The actor is the learner's Medvirk account, as for
 * Medvirk's own courses, so competence and certificates read a package course the same way.
 */
@Component
class ScormStatements {

    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String PROFILE = "https://w3id.org/xapi/scorm";
    static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";
    static final String SCO_TYPE = "http://adlnet.gov/expapi/activities/lesson";
    static final String INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction";

    /** What a statement is about: the root (course or package) and, for most, one SCO of it. */
    record Root(String id, LocalizedText name, UUID person, UUID registration) {}

    private final CourseActivities names;

    ScormStatements(CourseActivities names) {
        this.names = names;
    }

    /** A package played as a catalog course is that course's activity: certificates and competence know it. */
    String courseRoot(String courseId) {
        return names.course(courseId);
    }

    String packageRoot(String identifier) {
        return names.homePage() + "/xapi/activities/packages/" + encode(identifier);
    }

    String sco(Root root, String item) {
        return root.id() + "/sco/" + encode(item);
    }

    JsonNode initialized(Root root, PackageItem item, boolean resumed) {
        return scoStatement(root, item, resumed ? "resumed" : "initialized",
                resumed ? new LocalizedText("fortsatte", "resumed") : new LocalizedText("begynte", "initialized"));
    }

    /** The SCO ended its session: terminated, or suspended when the learner means to come back. */
    JsonNode terminated(Root root, PackageItem item, Duration session, boolean suspended) {
        ObjectNode statement = scoStatement(root, item, suspended ? "suspended" : "terminated",
                suspended ? new LocalizedText("stoppet midlertidig", "suspended")
                        : new LocalizedText("avsluttet", "terminated"));
        statement.putObject("result").put("duration", duration(session));
        return statement;
    }

    JsonNode scoCompleted(Root root, PackageItem item) {
        ObjectNode statement = scoStatement(root, item, "completed", new LocalizedText("fullførte", "completed"));
        statement.putObject("result").put("completion", true);
        return statement;
    }

    JsonNode scoResult(Root root, PackageItem item, boolean passed, @Nullable BigDecimal scaled,
            @Nullable BigDecimal raw) {
        ObjectNode statement = scoStatement(root, item, passed ? "passed" : "failed",
                passed ? new LocalizedText("bestod", "passed") : new LocalizedText("bestod ikke", "failed"));
        score(statement.putObject("result").put("success", passed), scaled, raw);
        return statement;
    }

    JsonNode answered(Root root, PackageItem item, ScoData.Interaction interaction) {
        ObjectNode statement = base(root.person(), "answered", new LocalizedText("svarte", "answered"));
        ObjectNode object = activity(sco(root, item.identifier()) + "/interactions/" + encode(interaction.id()),
                new LocalizedText(interaction.id(), interaction.id()), INTERACTION_TYPE);
        ObjectNode definition = (ObjectNode) object.get("definition");
        if (interaction.description() != null) {
            definition.putObject("description").put("und", interaction.description());
        }
        String type = interactionType(interaction.type());
        if (type != null) {
            definition.put("interactionType", type);
            if (!interaction.correctResponses().isEmpty()) {
                var patterns = definition.putArray("correctResponsesPattern");
                interaction.correctResponses().forEach(patterns::add);
            }
        }
        statement.set("object", object);
        ObjectNode result = statement.putObject("result");
        if (interaction.response() != null) {
            result.put("response", interaction.response());
        }
        if ("correct".equals(interaction.result())) {
            result.put("success", true);
        } else if ("wrong".equals(interaction.result()) || "incorrect".equals(interaction.result())) {
            result.put("success", false);
        }
        if (result.isEmpty()) {
            statement.remove("result");
        }
        statement.set("context", context(root, activity(sco(root, item.identifier()),
                new LocalizedText(item.title(), item.title()), SCO_TYPE)));
        return statement;
    }

    /** The whole course (or package) completed, with success when the package said passed or failed. */
    JsonNode rootCompleted(Root root, @Nullable Boolean success) {
        ObjectNode statement = rootStatement(root, "completed", new LocalizedText("fullførte", "completed"));
        ObjectNode result = statement.putObject("result").put("completion", true);
        if (success != null) {
            result.put("success", success);
        }
        return statement;
    }

    JsonNode rootResult(Root root, boolean passed, @Nullable BigDecimal scaled) {
        ObjectNode statement = rootStatement(root, passed ? "passed" : "failed",
                passed ? new LocalizedText("bestod", "passed") : new LocalizedText("bestod ikke", "failed"));
        score(statement.putObject("result").put("success", passed).put("completion", true), scaled, null);
        return statement;
    }

    private ObjectNode rootStatement(Root root, String verb, LocalizedText display) {
        ObjectNode statement = base(root.person(), verb, display);
        statement.set("object", activity(root.id(), root.name(), COURSE_TYPE));
        ObjectNode context = statement.putObject("context");
        context.put("registration", root.registration().toString());
        context.putObject("contextActivities").putArray("category").add(profile());
        return statement;
    }

    private ObjectNode scoStatement(Root root, PackageItem item, String verb, LocalizedText display) {
        ObjectNode statement = base(root.person(), verb, display);
        statement.set("object", activity(sco(root, item.identifier()), new LocalizedText(item.title(), item.title()),
                SCO_TYPE));
        statement.set("context", context(root, null));
        return statement;
    }

    private ObjectNode context(Root root, @Nullable ObjectNode parent) {
        ObjectNode context = XapiJson.MAPPER.createObjectNode();
        context.put("registration", root.registration().toString());
        ObjectNode activities = context.putObject("contextActivities");
        ObjectNode course = activity(root.id(), root.name(), COURSE_TYPE);
        activities.putArray("parent").add(parent == null ? course : parent);
        if (parent != null) {
            activities.putArray("grouping").add(course);
        }
        activities.putArray("category").add(profile());
        return context;
    }

    private static ObjectNode profile() {
        ObjectNode profile = XapiJson.MAPPER.createObjectNode();
        profile.put("objectType", "Activity").put("id", PROFILE);
        profile.putObject("definition").put("type", "http://adlnet.gov/expapi/activities/profile");
        return profile;
    }

    private ObjectNode base(UUID person, String verb, LocalizedText display) {
        return names.statement(person.toString(), ADL + verb, display);
    }


    private static void score(ObjectNode result, @Nullable BigDecimal scaled, @Nullable BigDecimal raw) {
        if (scaled == null && raw == null) {
            return;
        }
        ObjectNode score = result.putObject("score");
        if (scaled != null) {
            score.put("scaled", scaled.stripTrailingZeros());
        }
        if (raw != null && raw.signum() >= 0 && raw.compareTo(BigDecimal.valueOf(100)) <= 0) {
            // xAPI wants min and max around raw; only a raw score on SCORM's usual 0..100 is passed on.
            score.put("raw", raw.stripTrailingZeros()).put("min", 0).put("max", 100);
        }
    }

    /** The SCORM interaction types that xAPI knows by the same name ("numeric", "choice", ...). */
    private static @Nullable String interactionType(@Nullable String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing",
                 "likert", "numeric", "other" -> type;
            default -> null;
        };
    }

    /** xAPI keeps durations to hundredths of a second. */
    static String duration(Duration duration) {
        return Duration.ofMillis(Math.max(0, duration.toMillis()) / 10 * 10).toString();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
