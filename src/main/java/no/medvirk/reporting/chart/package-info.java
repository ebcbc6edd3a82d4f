/** Charts drawn on the server as SVG markup, for the reports page; plain Java, no UI framework. */
@NullMarked
package no.medvirk.reporting.chart;

import org.jspecify.annotations.NullMarked;
