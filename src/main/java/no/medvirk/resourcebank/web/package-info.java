/** The events' iCalendar files and feed over plain HTTP, for calendar apps. */
@NullMarked
package no.medvirk.resourcebank.web;

import org.jspecify.annotations.NullMarked;
