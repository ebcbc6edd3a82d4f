/**
 * Reports across modules for course administrators: enrolments, completions, pass rates and time spent, by course,
 * organisation, unit, audience and month, with charts and CSV/XLSX export. Reads other modules' APIs only; nothing
 * depends on it.
 */
@NullMarked
package no.medvirk.reporting;

import org.jspecify.annotations.NullMarked;
