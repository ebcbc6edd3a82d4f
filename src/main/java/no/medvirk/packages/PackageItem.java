package no.medvirk.packages;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One node of a package's tree: a SCORM organization or item, or the cmi5 course, a block or an AU.
 *
 * @param identifier the manifest's identifier (SCORM) or the IRI (cmi5) of this node
 * @param launchUrl what to open for this node, relative to the package root, with the item's parameters added
 *     (SCORM) or the AU's url as written (cmi5; may be absolute when the AU is hosted elsewhere); null when the
 *     node only groups others
 * @param visible false for SCORM items with {@code isvisible="false"}: kept out of the table of contents
 * @param description the cmi5 description, when there is one
 * @param scorm the launch data of a SCORM item that refers to a resource
 * @param sequencing SCORM 2004 sequencing of this organization or item as written, merged with a referenced
 *     {@code sequencingCollection} entry and with the standard's defaults filled in
 * @param au the cmi5 rules of an AU
 */
public record PackageItem(
        String identifier,
        String title,
        Kind kind,
        @Nullable String launchUrl,
        boolean visible,
        @Nullable String description,
        @Nullable ScormLaunch scorm,
        @Nullable Sequencing sequencing,
        @Nullable Cmi5Au au,
        List<PackageItem> children) {

    /** What a node is. */
    public enum Kind {
        /** A SCORM organization: the root of one table of contents. */
        ORGANIZATION,
        /** A SCORM item that groups others (a cluster). */
        AGGREGATION,
        /** A SCORM item whose resource talks to the runtime API. */
        SCO,
        /** A SCORM item whose resource does not (an asset): completed when launched. */
        ASSET,
        /** The cmi5 course. */
        COURSE,
        /** A cmi5 block. */
        BLOCK,
        /** A cmi5 assignable unit. */
        AU
    }

    public PackageItem {
        children = List.copyOf(children);
    }

    public boolean launchable() {
        return launchUrl != null;
    }

    /** This node and every node below it, in document order (the order SCORM's flow and cmi5 follow). */
    public Stream<PackageItem> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(PackageItem::flatten));
    }

    /** The node with this identifier here or below. */
    public Optional<PackageItem> find(String id) {
        return flatten().filter(item -> item.identifier.equals(id)).findFirst();
    }
}
