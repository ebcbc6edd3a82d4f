package no.medvirk.packages;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A SCORM resource: its launch file and the files it lists, as paths relative to the package root (xml:base
 * applied, percent-escapes decoded), and the resources it depends on.
 */
public record PackageResource(
        String identifier,
        String type,
        ScormLaunch.ScormType scormType,
        @Nullable String href,
        List<String> files,
        List<String> dependencies) {

    public PackageResource {
        files = List.copyOf(files);
        dependencies = List.copyOf(dependencies);
    }
}
