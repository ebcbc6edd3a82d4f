package no.medvirk.packages;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a SCORM item that refers to a resource brings to its launch and its runtime data model.
 *
 * @param resource the identifier of the resource the item refers to
 * @param parameters the item's {@code parameters} as written (already added to the item's launch URL)
 * @param dataFromLms {@code adlcp:datafromlms} (1.2) or {@code adlcp:dataFromLMS} (2004): the SCO's
 *     {@code cmi.launch_data}
 * @param masteryScore SCORM 1.2 {@code adlcp:masteryscore}, 0 to 100: {@code cmi.student_data.mastery_score}
 * @param prerequisites SCORM 1.2 {@code adlcp:prerequisites} (an AICC script expression over item identifiers)
 * @param maxTimeAllowed SCORM 1.2 {@code adlcp:maxtimeallowed} (HHHH:MM:SS) or SCORM 2004's
 *     {@code imsss:limitConditions attemptAbsoluteDurationLimit} (ISO 8601 duration)
 * @param timeLimitAction {@code exit,message}, {@code exit,no message}, {@code continue,message} or
 *     {@code continue,no message}
 * @param completionThreshold SCORM 2004 {@code adlcp:completionThreshold}: {@code cmi.completion_threshold}
 * @param scaledPassingScore SCORM 2004: the primary objective's {@code minNormalizedMeasure} when it is satisfied
 *     by measure: {@code cmi.scaled_passing_score}
 * @param hideLmsUi SCORM 2004 {@code adlnav:hideLMSUI} values (previous, continue, exit, exitAll, abandon,
 *     abandonAll, suspendAll)
 */
public record ScormLaunch(
        String resource,
        ScormType scormType,
        @Nullable String parameters,
        @Nullable String dataFromLms,
        @Nullable BigDecimal masteryScore,
        @Nullable String prerequisites,
        @Nullable String maxTimeAllowed,
        @Nullable String timeLimitAction,
        @Nullable CompletionThreshold completionThreshold,
        @Nullable BigDecimal scaledPassingScore,
        List<String> hideLmsUi) {

    /** Whether the resource talks to the runtime API. */
    public enum ScormType { SCO, ASSET }

    /**
     * SCORM 2004's completion threshold. In the 3rd edition it is only a number (the minimum progress measure); the
     * 4th edition adds whether completion is judged by measure at all and the weight in rollup.
     */
    public record CompletionThreshold(boolean completedByMeasure, BigDecimal minProgressMeasure,
            BigDecimal progressWeight) {}

    public ScormLaunch {
        hideLmsUi = List.copyOf(hideLmsUi);
    }
}
