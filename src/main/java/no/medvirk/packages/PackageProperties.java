package no.medvirk.packages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits for uploaded packages ({@code medvirk.packages.*}). Packages with video are larger than course folders, so
 * the defaults are higher than the course upload's.
 *
 * @param maxBytes the largest zip accepted, in bytes
 * @param maxEntries the most files and folders one zip may hold
 * @param maxUnpackedBytes the most bytes one zip may inflate to, counted as they are inflated
 * @param maxRatio inflated bytes per byte of zip above which a zip is taken for a zip bomb (checked past 1 MB)
 */
@ConfigurationProperties("medvirk.packages")
public record PackageProperties(
        @DefaultValue("209715200") long maxBytes,
        @DefaultValue("5000") int maxEntries,
        @DefaultValue("524288000") long maxUnpackedBytes,
        @DefaultValue("100") int maxRatio) {}
