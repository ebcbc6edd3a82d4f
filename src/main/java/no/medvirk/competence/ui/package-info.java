/**
 * The competence views: a learner's own competence ("Min kompetanse"), a leader's overview of their people against
 * the frameworks' items, and one person's items.
 */
@NullMarked
package no.medvirk.competence.ui;

import org.jspecify.annotations.NullMarked;
