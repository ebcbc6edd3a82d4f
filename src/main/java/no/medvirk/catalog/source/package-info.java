/** The course format under courses/: reading course folders and checking them, rule by rule, with file and line. */
@NullMarked
package no.medvirk.catalog.source;

import org.jspecify.annotations.NullMarked;
