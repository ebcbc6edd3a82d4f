/** Enrolments in course versions, the statements a learner's steps make, and progress read back from the LRS. */
@NullMarked
package no.medvirk.learning;

import org.jspecify.annotations.NullMarked;
