/** Courses, versions, modules and lessons, imported from courses/; for now the course administrator's home. */
@NullMarked
package no.medvirk.catalog;

import org.jspecify.annotations.NullMarked;
