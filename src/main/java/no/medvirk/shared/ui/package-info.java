/** The shell of the UI every module's views live in: the main layout, the language switch, error views. */
@NullMarked
package no.medvirk.shared.ui;

import org.jspecify.annotations.NullMarked;
