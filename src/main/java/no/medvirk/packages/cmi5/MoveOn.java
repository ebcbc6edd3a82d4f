package no.medvirk.packages.cmi5;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.packages.PackageItem;

/**
 * moveOn (cmi5 section 13.1.4): when an AU counts as satisfied from what its registration holds, and which blocks
 * and the course are then satisfied: those all of whose AUs are.
 *
 * @param completed the activity ids of the AUs with a cmi5 defined completed statement in the registration
 * @param passed the same for passed
 * @param waived the same for the LMS's waived
 */
record MoveOn(Set<String> completed, Set<String> passed, Set<String> waived) {

    MoveOn {
        completed = Set.copyOf(completed);
        passed = Set.copyOf(passed);
        waived = Set.copyOf(waived);
    }

    /** Whether the AU's moveOn criterion is met; a waived AU's always is, and NotApplicable's from the start. */
    boolean satisfied(Cmi5Au.MoveOn moveOn, String activityId) {
        boolean done = completed.contains(activityId);
        boolean pass = passed.contains(activityId);
        return waived.contains(activityId) || switch (moveOn) {
            case Passed -> pass;
            case Completed -> done;
            case CompletedAndPassed -> done && pass;
            case CompletedOrPassed -> done || pass;
            case NotApplicable -> true;
        };
    }

    /** The blocks and the course under this node (itself included) whose AUs are all satisfied, inmost first. */
    List<PackageItem> satisfiedGroups(PackageItem node, Function<PackageItem, String> activityId) {
        var groups = new ArrayList<PackageItem>();
        collect(node, activityId, groups);
        return groups;
    }

    private boolean collect(PackageItem node, Function<PackageItem, String> activityId, List<PackageItem> groups) {
        if (node.kind() == PackageItem.Kind.AU) {
            return node.au() != null && satisfied(node.au().moveOn(), activityId.apply(node));
        }
        boolean all = true;
        for (PackageItem child : node.children()) {
            all &= collect(child, activityId, groups);
        }
        if (all) {
            groups.add(node);
        }
        return all;
    }
}
