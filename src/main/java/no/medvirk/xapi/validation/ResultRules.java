package no.medvirk.xapi.validation;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The outcome part of a statement; numbers and booleans must be JSON numbers and booleans, not strings holding them. */
final class ResultRules {

    private static final Set<String> RESULT_KEYS = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE_KEYS = Set.of("scaled", "raw", "min", "max");
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private final Checks checks;

    ResultRules(Checks checks) {
        this.checks = checks;
    }

    void result(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, RESULT_KEYS);
        checks.bool(node, path, "success");
        checks.bool(node, path, "completion");
        checks.string(node, path, "response");
        checks.extensions(node, path, "extensions");
        duration(node, path);
        JsonNode score = Checks.value(node, "score");
        if (score != null) {
            score(score, Paths.of(path, "score"));
        }
    }

    private void duration(JsonNode node, String path) {
        JsonNode duration = Checks.value(node, "duration");
        String durationPath = Paths.of(path, "duration");
        if (duration != null && checks.isString(duration, durationPath) && !Durations.isValid(duration.stringValue())) {
            checks.fail(durationPath, "must be an ISO 8601 duration such as PT1H30M");
        }
    }

    private void score(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, SCORE_KEYS);
        BigDecimal scaled = number(node, path, "scaled");
        BigDecimal raw = number(node, path, "raw");
        BigDecimal min = number(node, path, "min");
        BigDecimal max = number(node, path, "max");
        if (scaled != null && (scaled.compareTo(MINUS_ONE) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            checks.fail(Paths.of(path, "scaled"), "must be between -1 and 1");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            checks.fail(Paths.of(path, "min"), "must be less than max");
        }
        if (raw != null && ((min != null && raw.compareTo(min) < 0) || (max != null && raw.compareTo(max) > 0))) {
            checks.fail(Paths.of(path, "raw"), "must be between min and max");
        }
    }

    private @Nullable BigDecimal number(JsonNode node, String path, String key) {
        JsonNode value = Checks.value(node, key);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            checks.fail(Paths.of(path, key), "must be a number");
            return null;
        }
        return value.decimalValue();
    }
}
