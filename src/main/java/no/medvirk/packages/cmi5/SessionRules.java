package no.medvirk.packages.cmi5;

import static no.medvirk.packages.cmi5.Cmi5Vocabulary.AU_VERBS;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.CATEGORY_MOVEON;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.COMPLETED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.FAILED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.INITIALIZED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.PASSED;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.SESSION_ID;
import static no.medvirk.packages.cmi5.Cmi5Vocabulary.TERMINATED;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The cmi5 rules for the statements an AU sends in a session (spec sections 7.1, 9.3 to 9.6), checked one statement
 * after the other as they come: each refusal is a 400 that says which rule. What a session has seen so far (its
 * cmi5 defined verbs, whether it terminated) goes along, so a batch is checked as if sent one by one.
 */
final class SessionRules {

    private final String sessionId;
    private final String activityId;
    private final @Nullable BigDecimal masteryScore;
    private final Predicate<String> registrationHas;
    private final Set<String> verbs;
    private @Nullable Instant terminatedAt;

    /**
     * @param registrationHas whether the registration already holds a cmi5 defined statement of a verb for this AU
     */
    SessionRules(String sessionId, String activityId, @Nullable BigDecimal masteryScore, Set<String> verbs,
            @Nullable Instant terminatedAt, Predicate<String> registrationHas) {
        this.sessionId = sessionId;
        this.activityId = activityId;
        this.masteryScore = masteryScore;
        this.verbs = new LinkedHashSet<>(verbs);
        this.terminatedAt = terminatedAt;
        this.registrationHas = registrationHas;
    }

    Set<String> verbs() {
        return Set.copyOf(verbs);
    }

    @Nullable Instant terminatedAt() {
        return terminatedAt;
    }

    /** Checks the next statement of the session and takes note of it; throws a 400 when it breaks a rule. */
    void check(JsonNode statement, Instant now) {
        JsonNode context = statement.path("context");
        if (!sessionId.equals(XapiJson.text(context.path("extensions"), SESSION_ID))) {
            throw refused("context.extensions must hold this session's id under " + SESSION_ID + " (9.6.3.1)");
        }
        if (terminatedAt != null) {
            throw refused("The session has terminated: the AU may send no more statements in it (9.3.8)");
        }
        String verb = String.valueOf(XapiJson.text(statement.path("verb"), "id"));
        boolean defined = Cmi5Facts.cmi5Defined(statement);
        if (!verbs.contains(INITIALIZED) && !(defined && verb.equals(INITIALIZED))) {
            throw refused("The first statement of a session must be the AU's cmi5 defined initialized (9.3.2)");
        }
        if (defined) {
            checkDefined(statement, verb);
            verbs.add(verb);
            if (verb.equals(TERMINATED)) {
                terminatedAt = now;
            }
        }
    }

    private void checkDefined(JsonNode statement, String verb) {
        if (!AU_VERBS.contains(verb)) {
            throw refused("Only the LMS makes cmi5 defined statements with " + name(verb) + " (9.3)");
        }
        if (!activityId.equals(XapiJson.text(statement.path("object"), "id"))) {
            throw refused("The object of a cmi5 defined statement must be the AU's activity, " + activityId + " (9.4)");
        }
        if (verbs.contains(verb)) {
            throw refused("An AU sends " + name(verb) + " once in a session (9.3)");
        }
        boolean judged = verb.equals(PASSED) || verb.equals(FAILED);
        if (judged && (verbs.contains(PASSED) || verbs.contains(FAILED))) {
            throw refused("An AU sends passed or failed, not both, once in a session (9.3)");
        }
        if ((verb.equals(COMPLETED) || verb.equals(PASSED)) && registrationHas.test(verb)) {
            throw refused("The AU has sent " + name(verb) + " in this registration already: once is allowed (9.3)");
        }
        if (verb.equals(FAILED) && registrationHas.test(PASSED)) {
            throw refused("failed must not follow passed in a registration (9.3)");
        }
        checkResult(statement, verb, judged);
    }

    /** Score only when judged, success as the verb says, completion with completed only (9.5); the moveOn category. */
    private void checkResult(JsonNode statement, String verb, boolean judged) {
        JsonNode result = statement.path("result");
        JsonNode scaled = result.path("score").path("scaled");
        if (result.has("score") && !judged) {
            throw refused("Only passed and failed may carry a score (9.5.1)");
        }
        JsonNode success = result.path("success");
        if (judged ? !success.isBoolean() || success.asBoolean() != verb.equals(PASSED) : result.has("success")) {
            throw refused(judged ? "result.success must be " + verb.equals(PASSED) + " in " + name(verb) + " (9.5.2)"
                    : "Only passed and failed may carry result.success (9.5.2)");
        }
        boolean completed = verb.equals(COMPLETED);
        JsonNode completion = result.path("completion");
        if (completed ? !(completion.isBoolean() && completion.asBoolean()) : result.has("completion")) {
            throw refused(completed ? "result.completion must be true in completed (9.5.3)"
                    : "Only completed may carry result.completion (9.5.3)");
        }
        if (masteryScore != null && scaled.isNumber()) {
            boolean reached = scaled.decimalValue().compareTo(masteryScore) >= 0;
            if (verb.equals(PASSED) != reached) {
                throw refused("A scaled score of " + scaled.decimalValue() + " with the mastery score " + masteryScore
                        + " is " + (reached ? "passed" : "failed") + ", not " + name(verb) + " (9.3.4, 9.3.5)");
            }
        }
        boolean moveOnCategory = false;
        for (JsonNode category : statement.path("context").path("contextActivities").path("category")) {
            moveOnCategory |= CATEGORY_MOVEON.equals(XapiJson.text(category, "id"));
        }
        if (moveOnCategory != (result.has("success") || result.has("completion"))) {
            throw refused("The moveOn category goes with result.success or result.completion, and only then (9.6.2.2)");
        }
    }

    /** The verb's last path segment: "completed" for ADL's completed. */
    private static String name(String verb) {
        return verb.substring(verb.lastIndexOf('/') + 1);
    }

    private static XapiException refused(String rule) {
        return XapiException.badRequest("cmi5: " + rule);
    }
}
