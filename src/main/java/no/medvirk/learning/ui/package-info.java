/** What a learner sees of their own learning. */
@NullMarked
package no.medvirk.learning.ui;

import org.jspecify.annotations.NullMarked;
