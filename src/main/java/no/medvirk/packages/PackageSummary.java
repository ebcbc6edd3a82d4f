package no.medvirk.packages;

import java.time.Instant;

/** A package as the admin list shows it: its latest version's title and standard, and how many versions it has. */
public record PackageSummary(
        PackageId id,
        String identifier,
        String title,
        Standard standard,
        int latestVersion,
        PackageVersionId latestVersionId,
        Instant updatedAt) {}
