package no.medvirk.packages;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SCORM 2004 sequencing of one activity (IMS Simple Sequencing 1.0 as profiled by SCORM 2004 SN), with every
 * element the manifest leaves out at the standard's default. Values keep the vocabulary of the XML binding
 * ({@code skip}, {@code satisfied}, {@code all}, ...), so the player can be checked against the specification.
 */
public record Sequencing(
        ControlMode controlMode,
        List<Rule> preConditionRules,
        List<Rule> exitConditionRules,
        List<Rule> postConditionRules,
        LimitConditions limitConditions,
        Rollup rollup,
        List<Objective> objectives,
        Randomization randomization,
        DeliveryControls deliveryControls,
        RollupConsiderations rollupConsiderations,
        boolean constrainChoice,
        boolean preventActivation) {

    /** {@code imsss:controlMode}: how a learner may move among this activity's children. */
    public record ControlMode(boolean choice, boolean choiceExit, boolean flow, boolean forwardOnly,
            boolean useCurrentAttemptObjectiveInfo, boolean useCurrentAttemptProgressInfo) {
        public static final ControlMode DEFAULT = new ControlMode(true, true, false, false, true, true);
    }

    /** A pre-condition, exit-condition or post-condition rule: if the conditions hold, the action is taken. */
    public record Rule(String conditionCombination, List<Condition> conditions, String action) {
        public Rule {
            conditions = List.copyOf(conditions);
        }
    }

    /** One rule condition, e.g. {@code satisfied}, {@code attemptLimitExceeded}, {@code objectiveMeasureGreaterThan}. */
    public record Condition(String condition, boolean not, @Nullable String referencedObjective,
            BigDecimal measureThreshold) {}

    /** {@code imsss:limitConditions}. */
    public record LimitConditions(@Nullable Integer attemptLimit, @Nullable String attemptAbsoluteDurationLimit) {
        public static final LimitConditions NONE = new LimitConditions(null, null);
    }

    /** {@code imsss:rollupRules}: how the children's status rolls up into this activity's. */
    public record Rollup(boolean rollupObjectiveSatisfied, boolean rollupProgressCompletion,
            BigDecimal objectiveMeasureWeight, List<RollupRule> rules) {
        public static final Rollup DEFAULT = new Rollup(true, true, BigDecimal.ONE, List.of());

        public Rollup {
            rules = List.copyOf(rules);
        }
    }

    /** One rollup rule: {@code childActivitySet} all, any, none, atLeastCount or atLeastPercent. */
    public record RollupRule(String childActivitySet, int minimumCount, BigDecimal minimumPercent,
            String conditionCombination, List<Condition> conditions, String action) {
        public RollupRule {
            conditions = List.copyOf(conditions);
        }
    }

    /** A learning objective of the activity, the primary one first, with its maps to global objectives. */
    public record Objective(String objectiveId, boolean primary, boolean satisfiedByMeasure,
            BigDecimal minNormalizedMeasure, List<MapInfo> mapInfo) {
        public Objective {
            mapInfo = List.copyOf(mapInfo);
        }
    }

    /** {@code imsss:mapInfo}: which parts of a global objective the local one reads and writes. */
    public record MapInfo(String targetObjectiveId, boolean readSatisfiedStatus, boolean readNormalizedMeasure,
            boolean writeSatisfiedStatus, boolean writeNormalizedMeasure) {}

    /** {@code imsss:randomizationControls}. */
    public record Randomization(String randomizationTiming, @Nullable Integer selectCount, boolean reorderChildren,
            String selectionTiming) {
        public static final Randomization DEFAULT = new Randomization("never", null, false, "never");
    }

    /** {@code imsss:deliveryControls}. */
    public record DeliveryControls(boolean tracked, boolean completionSetByContent, boolean objectiveSetByContent) {
        public static final DeliveryControls DEFAULT = new DeliveryControls(true, false, false);
    }

    /** {@code adlseq:rollupConsiderations}: when a child takes part in rollup. */
    public record RollupConsiderations(String requiredForSatisfied, String requiredForNotSatisfied,
            String requiredForCompleted, String requiredForIncomplete, boolean measureSatisfactionIfActive) {
        public static final RollupConsiderations DEFAULT =
                new RollupConsiderations("always", "always", "always", "always", true);
    }

    public Sequencing {
        preConditionRules = List.copyOf(preConditionRules);
        exitConditionRules = List.copyOf(exitConditionRules);
        postConditionRules = List.copyOf(postConditionRules);
        objectives = List.copyOf(objectives);
    }

    /** Sequencing where the manifest says nothing. */
    public static Sequencing defaults() {
        return new Sequencing(ControlMode.DEFAULT, List.of(), List.of(), List.of(), LimitConditions.NONE,
                Rollup.DEFAULT, List.of(), Randomization.DEFAULT, DeliveryControls.DEFAULT,
                RollupConsiderations.DEFAULT, false, false);
    }

    /** The primary objective, when the manifest names one. */
    public @Nullable Objective primaryObjective() {
        return objectives.stream().filter(Objective::primary).findFirst().orElse(null);
    }
}
