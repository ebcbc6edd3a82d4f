package no.medvirk.packages;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a package's imsmanifest.xml or cmi5.xml says, checked against the package's files.
 *
 * @param identifier the manifest's identifier (SCORM) or the course id (cmi5): what makes two uploads versions of
 *     one package
 * @param schemaVersion SCORM's {@code metadata/schemaversion} as written
 * @param defaultOrganization the identifier of the organization a learner gets (SCORM); the course (cmi5)
 * @param organizations SCORM's organizations, each the root of an item tree; for cmi5 one root: the course
 * @param resources SCORM's resources; empty for cmi5
 */
public record PackageManifest(
        Standard standard,
        String identifier,
        String title,
        @Nullable String description,
        @Nullable String schemaVersion,
        String defaultOrganization,
        List<PackageItem> organizations,
        List<PackageResource> resources) {

    public PackageManifest {
        organizations = List.copyOf(organizations);
        resources = List.copyOf(resources);
    }

    /** The tree a learner takes: the default organization, or the cmi5 course. */
    public PackageItem root() {
        return organizations.stream().filter(o -> o.identifier().equals(defaultOrganization)).findFirst()
                .orElse(organizations.getFirst());
    }

    /** The nodes of the learner's tree that open something (SCOs and assets, or AUs), in order. */
    public List<PackageItem> launchable() {
        return root().flatten().filter(PackageItem::launchable).toList();
    }

    public Optional<PackageItem> item(String identifier) {
        return organizations.stream().flatMap(PackageItem::flatten)
                .filter(item -> item.identifier().equals(identifier)).findFirst();
    }

    public Optional<PackageResource> resource(String identifier) {
        return resources.stream().filter(r -> r.identifier().equals(identifier)).findFirst();
    }

    /** Every node of every tree. */
    public Stream<PackageItem> items() {
        return organizations.stream().flatMap(PackageItem::flatten);
    }
}
