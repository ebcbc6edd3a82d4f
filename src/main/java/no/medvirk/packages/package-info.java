/**
 * SCORM 1.2, SCORM 2004 and cmi5 packages: safe import of uploaded zips, the parsed item tree, versioned storage of
 * the files, and the {@link no.medvirk.packages.Packages} API the player builds on.
 */
@NullMarked
package no.medvirk.packages;

import org.jspecify.annotations.NullMarked;
