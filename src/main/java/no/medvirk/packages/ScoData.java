package no.medvirk.packages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What one commit of a SCO says, read from the cmi object scorm-again sends, in one vocabulary for SCORM 1.2 and
 * 2004: 1.2's {@code lesson_status} becomes completion and success, its raw score on 0..100 (or min..max) becomes
 * a scaled one, its {@code HHHH:MM:SS.SS} times become durations. Values that break the data model are read as
 * unknown rather than trusted.
 */
record ScoData(
        String completion,
        String success,
        @Nullable BigDecimal scaled,
        @Nullable BigDecimal raw,
        @Nullable String location,
        @Nullable String exit,
        Duration sessionTime,
        @Nullable Duration totalTime,
        List<Interaction> interactions) {

    /** One {@code cmi.interactions.n}: what was asked (as far as the SCO says) and what the learner answered. */
    record Interaction(String id, @Nullable String type, @Nullable String description, @Nullable String response,
            @Nullable String result, List<String> correctResponses) {}

    static final String UNKNOWN = "unknown";
    private static final Pattern SCORM12_TIME = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?");

    static ScoData read(JsonNode cmi, boolean scorm2004) {
        return scorm2004 ? read2004(cmi) : read12(cmi);
    }

    private static ScoData read12(JsonNode cmi) {
        JsonNode core = cmi.path("core");
        String status = text(core, "lesson_status");
        String completion = switch (status == null ? "" : status) {
            case "completed", "passed", "failed" -> "completed";
            case "incomplete", "browsed" -> "incomplete";
            default -> UNKNOWN;
        };
        // A 1.2 "failed" also ends the lesson: completed, not satisfied.
        String success = "passed".equals(status) ? "passed" : "failed".equals(status) ? "failed" : UNKNOWN;
        JsonNode score = core.path("score");
        BigDecimal raw = number(score, "raw");
        BigDecimal min = number(score, "min");
        BigDecimal max = number(score, "max");
        BigDecimal scaled = null;
        if (raw != null) {
            BigDecimal low = min == null ? BigDecimal.ZERO : min;
            BigDecimal high = max == null ? BigDecimal.valueOf(100) : max;
            if (high.compareTo(low) > 0) {
                scaled = clamp(raw.subtract(low).divide(high.subtract(low), 4, RoundingMode.HALF_UP));
            }
        }
        return new ScoData(completion, success, scaled, raw, text(core, "lesson_location"), text(core, "exit"),
                scorm12Time(text(core, "session_time")), scorm12TimeOrNull(text(core, "total_time")),
                interactions(cmi.path("interactions"), "student_response"));
    }

    private static ScoData read2004(JsonNode cmi) {
        String completion = oneOf(text(cmi, "completion_status"), "completed", "incomplete", "not attempted");
        if ("not attempted".equals(completion)) {
            completion = UNKNOWN;
        }
        String success = oneOf(text(cmi, "success_status"), "passed", "failed");
        JsonNode score = cmi.path("score");
        BigDecimal scaled = number(score, "scaled");
        return new ScoData(completion, success, scaled == null ? null : clamp(scaled), number(score, "raw"),
                text(cmi, "location"), text(cmi, "exit"), isoTime(text(cmi, "session_time")),
                isoTimeOrNull(text(cmi, "total_time")), interactions(cmi.path("interactions"), "learner_response"));
    }

    /** Whether the learner left to come back: the next launch resumes with the data as it was. */
    boolean suspended() {
        return "suspend".equals(exit);
    }

    private static List<Interaction> interactions(JsonNode node, String responseField) {
        List<Interaction> list = new ArrayList<>();
        // scorm-again renders arrays as objects keyed "0", "1", ... (childArray) or as JSON arrays.
        JsonNode children = node.has("childArray") ? node.path("childArray") : node;
        for (JsonNode interaction : children) {
            String id = text(interaction, "id");
            if (id == null) {
                continue;
            }
            List<String> correct = new ArrayList<>();
            JsonNode patterns = interaction.path("correct_responses");
            (patterns.has("childArray") ? patterns.path("childArray") : patterns)
                    .forEach(p -> {
                        String pattern = text(p, "pattern");
                        if (pattern != null) {
                            correct.add(pattern);
                        }
                    });
            list.add(new Interaction(id, text(interaction, "type"), text(interaction, "description"),
                    text(interaction, responseField), text(interaction, "result"), correct));
        }
        return list;
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            String text = value.asString();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static String oneOf(@Nullable String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        return UNKNOWN;
    }

    private static @Nullable BigDecimal number(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal clamp(BigDecimal scaled) {
        return scaled.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE).setScale(4, RoundingMode.HALF_UP);
    }

    static Duration scorm12Time(@Nullable String time) {
        Duration duration = scorm12TimeOrNull(time);
        return duration == null ? Duration.ZERO : duration;
    }

    private static @Nullable Duration scorm12TimeOrNull(@Nullable String time) {
        Matcher m = time == null ? null : SCORM12_TIME.matcher(time.trim());
        if (m == null || !m.matches()) {
            return null;
        }
        long millis = m.group(4) == null ? 0 : Math.round(Double.parseDouble("0" + m.group(4)) * 1000);
        return Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(Long.parseLong(m.group(3))).plusMillis(millis);
    }

    static Duration isoTime(@Nullable String time) {
        Duration duration = isoTimeOrNull(time);
        return duration == null ? Duration.ZERO : duration;
    }

    /** SCORM 2004's timeinterval (ISO 8601, e.g. PT1H2M3.45S or P1DT2H); years and months are not accepted. */
    private static @Nullable Duration isoTimeOrNull(@Nullable String time) {
        if (time == null) {
            return null;
        }
        try {
            return Duration.parse(time.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
