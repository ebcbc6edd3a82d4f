/** What course administrators see and manage of the catalogue. */
@NullMarked
package no.medvirk.catalog.ui;

import org.jspecify.annotations.NullMarked;
