package no.medvirk.packages;

import java.math.BigDecimal;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings the player page's runtime script gets for one SCO session: which API to create, where to commit, the
 * last commit's sequence number, and the cmi data to load before the SCO starts: who the learner is, the entry,
 * credit and mode, the manifest's launch data, mastery score and thresholds, and what the SCO saved before (status,
 * score, total time, and on resume its location and suspend data).
 */
@Component
class ScormLaunchData {

    String runtime(PackageVersion version, PackageItem item, AttemptRows.Attempt attempt, int itemNumber, String entry,
            AttemptRows.ScoState state, ScormRuntime.Learner learner) {
        boolean scorm2004 = version.standard().scorm2004();
        JsonNode saved = XapiJson.parse(state.cmi());
        ObjectNode runtime = XapiJson.MAPPER.createObjectNode();
        runtime.put("standard", scorm2004 ? "2004" : "1.2");
        runtime.put("commitUrl", "/pakkeokt/" + attempt.commitToken() + "/" + itemNumber);
        runtime.put("seq", state.commitSeq());
        runtime.put("storageKey", "medvirk-scorm:" + attempt.commitToken() + ":" + itemNumber);
        runtime.put("item", item.identifier());
        runtime.set("cmi", scorm2004 ? cmi2004(item, saved, entry, learner) : cmi12(item, saved, entry, learner));
        return XapiJson.write(runtime);
    }

    private static ObjectNode cmi12(PackageItem item, JsonNode saved, String entry, ScormRuntime.Learner learner) {
        ObjectNode cmi = XapiJson.MAPPER.createObjectNode();
        JsonNode was = saved.path("core");
        ObjectNode core = cmi.putObject("core");
        core.put("student_id", learner.personId().toString());
        core.put("student_name", learner.name());
        core.put("entry", entry.equals("ab-initio") ? "ab-initio" : entry);
        core.put("credit", "credit");
        core.put("lesson_mode", "normal");
        copy(was, core, "lesson_location");
        copy(was, core, "lesson_status");
        copy(was, core, "total_time");
        JsonNode score = was.path("score");
        if (ScoData.text(score, "raw") != null) {
            ObjectNode s = core.putObject("score");
            copy(score, s, "raw");
            copy(score, s, "min");
            copy(score, s, "max");
        }
        copy(saved, cmi, "suspend_data");
        ScormLaunch launch = item.scorm();
        if (launch != null) {
            put(cmi, "launch_data", launch.dataFromLms());
            if (launch.masteryScore() != null) {
                cmi.putObject("student_data").put("mastery_score", launch.masteryScore().stripTrailingZeros()
                        .toPlainString());
            }
        }
        return cmi;
    }

    private static ObjectNode cmi2004(PackageItem item, JsonNode saved, String entry, ScormRuntime.Learner learner) {
        ObjectNode cmi = XapiJson.MAPPER.createObjectNode();
        cmi.put("learner_id", learner.personId().toString());
        cmi.put("learner_name", learner.name());
        cmi.put("entry", entry.isEmpty() ? "" : entry);
        cmi.put("credit", "credit");
        cmi.put("mode", "normal");
        copy(saved, cmi, "completion_status");
        copy(saved, cmi, "success_status");
        copy(saved, cmi, "progress_measure");
        copy(saved, cmi, "total_time");
        JsonNode score = saved.path("score");
        if (ScoData.text(score, "scaled") != null || ScoData.text(score, "raw") != null) {
            ObjectNode s = cmi.putObject("score");
            copy(score, s, "scaled");
            copy(score, s, "raw");
            copy(score, s, "min");
            copy(score, s, "max");
        }
        if (entry.equals("resume")) {
            copy(saved, cmi, "location");
            copy(saved, cmi, "suspend_data");
        }
        ScormLaunch launch = item.scorm();
        if (launch != null) {
            put(cmi, "launch_data", launch.dataFromLms());
            if (launch.completionThreshold() != null) {
                put(cmi, "completion_threshold", plain(launch.completionThreshold().minProgressMeasure()));
            }
            put(cmi, "scaled_passing_score", plain(launch.scaledPassingScore()));
        }
        return cmi;
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        put(to, field, ScoData.text(from, field));
    }

    private static void put(ObjectNode to, String field, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            to.put(field, value);
        }
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
