package no.medvirk.packages;

import org.springframework.core.io.Resource;

/**
 * A file of a stored package version, to be served to the learner's browser.
 *
 * @param path the path relative to the package root, as the package's own links name it
 * @param mediaType the content type by the file's extension ({@code application/octet-stream} when unknown)
 */
public record PackageFile(String path, String mediaType, long size, Resource content) {}
