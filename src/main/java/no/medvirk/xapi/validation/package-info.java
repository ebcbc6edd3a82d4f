/** The xAPI rules for statements and their parts, checked on the JSON exactly as sent. */
@NullMarked
package no.medvirk.xapi.validation;

import org.jspecify.annotations.NullMarked;
