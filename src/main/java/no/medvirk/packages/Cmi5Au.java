package no.medvirk.packages;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cmi5 rules of an assignable unit (cmi5 spec, section 13.1.4).
 *
 * @param masteryScore the scaled score (0 to 1) at or above which the AU is passed; given to the AU in LaunchData
 * @param launchParameters static parameters given to the AU in LaunchData
 * @param entitlementKey the {@code courseStructure} entitlement key given to the AU in LaunchData
 * @param activityType the AU's own activity type, when the course says one
 * @param external whether the AU's url is absolute (hosted elsewhere) rather than a file in the package
 * @param objectives the ids of the course objectives the AU refers to
 */
public record Cmi5Au(
        MoveOn moveOn,
        @Nullable BigDecimal masteryScore,
        LaunchMethod launchMethod,
        @Nullable String launchParameters,
        @Nullable String entitlementKey,
        @Nullable String activityType,
        boolean external,
        List<String> objectives) {

    /** When the AU counts as satisfied for its block and course (the spec's names). */
    public enum MoveOn { Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable }

    /** Whether the AU may open in the LMS's frame or must have a window of its own. */
    public enum LaunchMethod { AnyWindow, OwnWindow }

    public Cmi5Au {
        objectives = List.copyOf(objectives);
    }
}
