package no.medvirk.packages;

/** A package version was stored: a new package, or a new version of one (not when the same content came again). */
public record PackageImported(PackageId packageId, PackageVersionId versionId, int version, Standard standard,
        String title) {}
