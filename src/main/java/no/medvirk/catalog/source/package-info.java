/**
 * The course format under courses/: reading course folders and checking them, rule by rule, with file and line.
 * {@link no.medvirk.catalog.source.CourseSource} is also the structure other modules read a course version by.
 */
@NamedInterface("source")
@NullMarked
package no.medvirk.catalog.source;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
