package no.medvirk.xapi.validation;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.medvirk.xapi.XapiVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The parts a statement and a SubStatement share, and the properties only a whole statement may have. */
final class StatementRules {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final Set<String> STATEMENT_KEYS = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT_KEYS = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    /** Properties that belong to a stored statement, which a SubStatement never is (Data 2.4.4.3). */
    private static final Set<String> NOT_IN_SUB_STATEMENT = Checks.ordered("id", "stored", "version", "authority");
    /** The forbidden ones get their own, clearer message. */
    private static final Set<String> SUB_STATEMENT_KEYS_AND_FORBIDDEN = Stream
            .concat(SUB_STATEMENT_KEYS.stream(), NOT_IN_SUB_STATEMENT.stream()).collect(Collectors.toUnmodifiableSet());

    private final Checks checks;
    private final ActorRules actors;
    private final VerbRules verbs;
    private final ObjectRules objects;
    private final ResultRules results;
    private final ContextRules contexts;
    private final AttachmentRules attachments;

    StatementRules(Checks checks) {
        this.checks = checks;
        this.actors = new ActorRules(checks);
        this.verbs = new VerbRules(checks);
        ActivityRules activities = new ActivityRules(checks);
        this.objects = new ObjectRules(checks, actors, activities, this::subStatement);
        this.results = new ResultRules(checks);
        this.contexts = new ContextRules(checks, actors, activities, objects);
        this.attachments = new AttachmentRules(checks);
    }

    void statement(JsonNode node) {
        if (!checks.isObject(node, "")) {
            return;
        }
        checks.onlyKeys(node, "", STATEMENT_KEYS);
        checks.uuid(node, "", "id");
        timestamp(node, "", "stored");
        version(node);
        JsonNode authority = Checks.value(node, "authority");
        if (authority != null) {
            actors.authority(authority, "authority");
        }
        shared(node, "", false);
        voiding(node);
    }

    private void subStatement(JsonNode node, String path) {
        checks.onlyKeys(node, path, SUB_STATEMENT_KEYS_AND_FORBIDDEN);
        for (String key : NOT_IN_SUB_STATEMENT) {
            if (node.has(key)) {
                checks.fail(Paths.of(path, key), "a SubStatement must not have " + key);
            }
        }
        shared(node, path, true);
    }

    private void shared(JsonNode node, String path, boolean inSubStatement) {
        checks.required(node, path, "actor", "verb", "object");
        JsonNode actor = Checks.value(node, "actor");
        if (actor != null) {
            actors.actor(actor, Paths.of(path, "actor"));
        }
        JsonNode verb = Checks.value(node, "verb");
        if (verb != null) {
            verbs.verb(verb, Paths.of(path, "verb"));
        }
        JsonNode object = Checks.value(node, "object");
        if (object != null) {
            objects.object(object, Paths.of(path, "object"), inSubStatement);
        }
        timestamp(node, path, "timestamp");
        parts(node, path, object);
    }

    private void parts(JsonNode node, String path, @Nullable JsonNode object) {
        JsonNode result = Checks.value(node, "result");
        if (result != null) {
            results.result(result, Paths.of(path, "result"));
        }
        JsonNode context = Checks.value(node, "context");
        if (context != null) {
            boolean activity = object == null || ObjectRules.kindOf(object) == ObjectRules.Kind.ACTIVITY;
            contexts.context(context, Paths.of(path, "context"), activity);
        }
        JsonNode attached = Checks.value(node, "attachments");
        if (attached != null) {
            attachments.attachments(attached, Paths.of(path, "attachments"));
        }
    }

    private void timestamp(JsonNode node, String path, String key) {
        JsonNode value = Checks.value(node, key);
        String valuePath = Paths.of(path, key);
        if (value != null && checks.isString(value, valuePath)
                && !Timestamps.isValid(value.stringValue(), checks.version())) {
            checks.fail(valuePath, checks.version() == XapiVersion.V2_0_0
                    ? "must be an RFC 3339 timestamp with a time zone offset, not -00:00"
                    : "must be an ISO 8601 timestamp, not with offset -00:00");
        }
    }

    /**
     * 1.0.3 accepts "1.0" and any "1.0.x" (Data 2.4.10, XAPI-00101). 2.0 statements may still carry a 1.0.x version, which
     * the LRS must keep, and 2.0's own is "2.0.0"; "2.0" and "2.0.x" are taken as the header rules take them.
     */
    private void version(JsonNode node) {
        JsonNode version = Checks.value(node, "version");
        if (version == null || !checks.isString(version, "version")) {
            return;
        }
        String pattern = checks.version() == XapiVersion.V2_0_0 ? "(1|2)\\.0(\\.\\d+)?" : "1\\.0(\\.\\d+)?";
        if (!version.stringValue().matches(pattern)) {
            checks.fail("version", checks.version() == XapiVersion.V2_0_0
                    ? "must be 1.0, 1.0.x, 2.0 or 2.0.x" : "must be 1.0 or 1.0.x");
        }
    }

    /** A voiding statement points at the statement it voids, so its object must be a StatementRef (Data 2.3.2). */
    private void voiding(JsonNode node) {
        JsonNode verb = Checks.value(node, "verb");
        JsonNode object = Checks.value(node, "object");
        boolean voids = verb != null && verb.isObject() && verb.path("id").isString()
                && verb.path("id").stringValue().equals(VOIDED);
        if (voids && (object == null || ObjectRules.kindOf(object) != ObjectRules.Kind.STATEMENT_REF)) {
            checks.fail("object", "a voiding statement's object must be a StatementRef");
        }
    }
}
