package no.medvirk.packages.cmi5;

import static no.medvirk.packages.cmi5.Cmi5Vocabulary.ABANDONED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.ADL;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.BLOCK_TYPE;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.CATEGORY_CMI5;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.CATEGORY_MOVEON;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.COURSE_TYPE;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.LAUNCHED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.LAUNCH_MODE;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.LAUNCH_PARAMETERS;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.LAUNCH_URL;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.MASTERY_SCORE;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.MOVE_ON;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.NORMAL;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.PASSED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.REASON;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.SATISFIED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.SESSION_ID;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.WAIVED;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.packages.PackageItem;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statements the LMS makes about a cmi5 course (spec section 9): launched, abandoned and waived for an AU,
 * satisfied for a block or the course, and completed and passed for the catalog course the package is taken as. Each
 * carries the session id and the publisher's id in the grouping, as the spec asks of the LMS's own statements.
 */
final class Cmi5Statements {

    static final String COURSE_ACTIVITY_TYPE = "http://adlnet.gov/expapi/activities/course";

    private Cmi5Statements() {}

    /** Who, in which registration and session, about which node of the course and under which activity id. */
    record Subject(JsonNode actor, UUID registration, UUID session, PackageItem item, String activityId) {}

    /** The context an AU must build its statements on: the session id and the AU's publisher id. */
    static ObjectNode contextTemplate(UUID session, String publisherId) {
        ObjectNode context = XapiJson.MAPPER.createObjectNode();
        context.putObject("contextActivities").putArray("grouping").addObject().put("objectType", "Activity")
                .put("id", publisherId);
        context.putObject("extensions").put(SESSION_ID, session.toString());
        return context;
    }

    /** Recorded before the AU opens, with the launch's settings in the context (section 9.6.3). */
    static ObjectNode launched(Subject subject, String launchUrl, Instant now) {
        ObjectNode statement = statement(subject, LAUNCHED, "launched", now, false);
        Cmi5Au au = au(subject.item());
        ObjectNode extensions = (ObjectNode) statement.path("context").path("extensions");
        extensions.put(LAUNCH_MODE, NORMAL).put(LAUNCH_URL, launchUrl).put(MOVE_ON, au.moveOn().name());
        if (au.masteryScore() != null) {
            extensions.put(MASTERY_SCORE, au.masteryScore());
        }
        if (au.launchParameters() != null) {
            extensions.put(LAUNCH_PARAMETERS, au.launchParameters());
        }
        return statement;
    }

    /** A session that ended without terminated; it lasted from the launch to the AU's last statement. */
    static ObjectNode abandoned(Subject subject, Duration lasted, Instant now) {
        ObjectNode statement = statement(subject, ABANDONED, "abandoned", now, false);
        statement.putObject("result").put("duration", duration(lasted));
        return statement;
    }

    /** The AU's requirements were met otherwise; in a session of its own, as the spec asks. */
    static ObjectNode waived(Subject subject, String reason, Instant now) {
        ObjectNode statement = statement(subject, WAIVED, "waived", now, true);
        statement.putObject("result").put("success", true).put("completion", true).putObject("extensions")
                .put(REASON, reason);
        return statement;
    }

    /** The learner met the moveOn criteria of every AU in the block or the course. */
    static ObjectNode satisfied(Subject subject, Instant now) {
        return statement(subject, SATISFIED, "satisfied", now, false);
    }

    /**
     * completed or passed for the catalog course a package is taken as: what certificates and competence read,
     * exactly as for a native course. The cmi5 course is named among the context's other activities, its publisher id
     * in the grouping.
     */
    static ObjectNode catalogCourse(Subject cmi5Course, String verb, String courseActivity, Instant now) {
        ObjectNode statement = XapiJson.MAPPER.createObjectNode();
        statement.put("id", UUID.randomUUID().toString());
        statement.set("actor", cmi5Course.actor());
        statement.putObject("verb").put("id", verb).putObject("display").put("en-US", verb.substring(ADL.length()));
        statement.putObject("object").put("objectType", "Activity").put("id", courseActivity).putObject("definition")
                .put("type", COURSE_ACTIVITY_TYPE);
        ObjectNode result = statement.putObject("result").put("completion", true);
        if (verb.equals(PASSED)) {
            result.put("success", true);
        }
        ObjectNode context = contextTemplate(cmi5Course.session(), cmi5Course.item().identifier());
        context.put("registration", cmi5Course.registration().toString());
        ((ObjectNode) context.get("contextActivities")).putArray("other").addObject().put("objectType", "Activity")
                .put("id", cmi5Course.activityId());
        statement.set("context", context);
        statement.put("timestamp", now.toString());
        return statement;
    }

    private static ObjectNode statement(Subject subject, String verb, String display, Instant now, boolean moveOn) {
        ObjectNode statement = XapiJson.MAPPER.createObjectNode();
        statement.put("id", UUID.randomUUID().toString());
        statement.set("actor", subject.actor());
        statement.putObject("verb").put("id", verb).putObject("display").put("en-US", display);
        statement.set("object", object(subject));
        ObjectNode context = contextTemplate(subject.session(), subject.item().identifier());
        context.put("registration", subject.registration().toString());
        var category = ((ObjectNode) context.get("contextActivities")).putArray("category");
        category.addObject().put("id", CATEGORY_CMI5);
        if (moveOn) {
            category.addObject().put("id", CATEGORY_MOVEON);
        }
        statement.set("context", context);
        statement.put("timestamp", now.toString());
        return statement;
    }

    private static ObjectNode object(Subject subject) {
        PackageItem item = subject.item();
        ObjectNode object = XapiJson.MAPPER.createObjectNode().put("objectType", "Activity")
                .put("id", subject.activityId());
        ObjectNode definition = object.putObject("definition");
        // cmi5.xml's titles are kept in one language without its tag: "und" says just that.
        definition.putObject("name").put("und", item.title());
        if (item.description() != null) {
            definition.putObject("description").put("und", item.description());
        }
        @Nullable String type = switch (item.kind()) {
            case COURSE -> COURSE_TYPE;
            case BLOCK -> BLOCK_TYPE;
            default -> item.au() == null ? null : item.au().activityType();
        };
        if (type != null) {
            definition.put("type", type);
        }
        return object;
    }

    private static Cmi5Au au(PackageItem item) {
        if (item.au() == null) {
            throw new IllegalArgumentException(item.identifier() + " is not an AU");
        }
        return item.au();
    }

    /** xAPI keeps durations to hundredths of a second. */
    static String duration(Duration duration) {
        Duration positive = duration.isNegative() ? Duration.ZERO : duration;
        return Duration.ofMillis(positive.truncatedTo(ChronoUnit.MILLIS).toMillis() / 10 * 10).toString();
    }
}
