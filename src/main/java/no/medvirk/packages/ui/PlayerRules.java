package no.medvirk.packages.ui;

import java.util.List;
import no.medvirk.packages.PackageItem;
import no.medvirk.packages.ScormLaunch;
import no.medvirk.packages.ScormRuntime;
import no.medvirk.packages.Sequencing;

/**
 * Which ways the learner may move from the open item: SCORM 2004 sequencing's control mode of the item's parent
 * (flow gives previous and next, forwardOnly takes previous away, choice makes the table of contents links) and the
 * item's hideLMSUI; SCORM 1.2 has no sequencing, so every way is open.
 */
record PlayerRules(boolean previous, boolean next, boolean choice) {

    static PlayerRules of(ScormRuntime.Launch launch) {
        List<PackageItem> items = launch.items();
        int index = launch.index();
        PackageItem item = launch.item();
        boolean scorm2004 = launch.version().standard().scorm2004();
        Sequencing.ControlMode mode = scorm2004 ? parentMode(launch.version().items(), item)
                : new Sequencing.ControlMode(true, true, true, false, true, true);
        ScormLaunch scorm = item.scorm();
        List<String> hidden = scorm == null ? List.of() : scorm.hideLmsUi();
        boolean previous = index > 0 && mode.flow() && !mode.forwardOnly() && !hidden.contains("previous");
        boolean next = index + 1 < items.size() && mode.flow() && !hidden.contains("continue");
        return new PlayerRules(previous, next, mode.choice());
    }

    /** The control mode of the cluster (or organization) that holds the item. */
    private static Sequencing.ControlMode parentMode(PackageItem node, PackageItem item) {
        for (PackageItem child : node.children()) {
            if (child.identifier().equals(item.identifier())) {
                return node.sequencing() == null ? Sequencing.ControlMode.DEFAULT
                        : node.sequencing().controlMode();
            }
            if (child.find(item.identifier()).isPresent()) {
                return parentMode(child, item);
            }
        }
        return Sequencing.ControlMode.DEFAULT;
    }
}
