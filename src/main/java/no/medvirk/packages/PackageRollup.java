package no.medvirk.packages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Simple rollup of the items' status to the package, what SCORM 2004's default rollup rules come to for a flat
 * tree: completed when every tracked item is completed; satisfied when every tracked item that reports success
 * passed, not satisfied as soon as one failed; the mean of the scaled scores the items gave. Items whose 2004
 * sequencing says {@code tracked="false"}, or that take no part in the rollup of completion or satisfaction, are
 * left out of that part. The package is passed only once it is also completed, so an early test does not pass a
 * package whose other items are still open.
 */
final class PackageRollup {

    record Result(String completion, String success, @Nullable BigDecimal scaled) {}

    private PackageRollup() {}

    static Result of(List<PackageItem> items, Map<String, ScormRuntime.ItemStatus> status,
            List<AttemptRows.ScoState> states) {
        boolean allCompleted = true;
        boolean anyCompletion = false;
        int passed = 0;
        int failed = 0;
        BigDecimal sum = BigDecimal.ZERO;
        int scores = 0;
        for (PackageItem item : items) {
            Sequencing sequencing = item.sequencing();
            boolean tracked = sequencing == null || sequencing.deliveryControls().tracked();
            if (!tracked) {
                continue;
            }
            ScormRuntime.ItemStatus s = status.getOrDefault(item.identifier(), ScormRuntime.ItemStatus.UNKNOWN);
            if (sequencing == null || sequencing.rollup().rollupProgressCompletion()) {
                anyCompletion = true;
                allCompleted &= s.completed();
            }
            if (sequencing == null || sequencing.rollup().rollupObjectiveSatisfied()) {
                if ("passed".equals(s.success())) {
                    passed++;
                } else if ("failed".equals(s.success())) {
                    failed++;
                }
            }
        }
        for (AttemptRows.ScoState state : states) {
            if (state.scaled() != null) {
                sum = sum.add(state.scaled());
                scores++;
            }
        }
        String completion = anyCompletion && allCompleted ? "completed"
                : status.isEmpty() ? ScoData.UNKNOWN : "incomplete";
        // Passed once the package is completed and every item that gave a verdict passed.
        String success = failed > 0 ? "failed" : passed > 0 && allCompleted ? "passed" : ScoData.UNKNOWN;
        BigDecimal scaled = scores == 0 ? null : sum.divide(BigDecimal.valueOf(scores), 4, RoundingMode.HALF_UP);
        return new Result(completion, success, scaled);
    }
}
