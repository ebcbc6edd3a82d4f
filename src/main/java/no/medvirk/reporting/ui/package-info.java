/** The reports page (/rapporter), its server-drawn SVG charts and its downloads. */
@NullMarked
package no.medvirk.reporting.ui;

import org.jspecify.annotations.NullMarked;
