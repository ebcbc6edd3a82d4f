/**
 * Competence frameworks (the national professional advice and others) read from courses/competence/, versioned, and
 * the item ids courses map to. Later: evidence, profiles and gap reports.
 */
@NullMarked
package no.medvirk.competence;

import org.jspecify.annotations.NullMarked;
