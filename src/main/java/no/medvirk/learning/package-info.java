/** Enrolments, attempts, the lesson player and progress; for now the learner's home. */
@NullMarked
package no.medvirk.learning;

import org.jspecify.annotations.NullMarked;
