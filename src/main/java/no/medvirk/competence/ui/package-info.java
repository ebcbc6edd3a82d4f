/** The competence views: a learner's own competence ("Min kompetanse"). */
@NullMarked
package no.medvirk.competence.ui;

import org.jspecify.annotations.NullMarked;
