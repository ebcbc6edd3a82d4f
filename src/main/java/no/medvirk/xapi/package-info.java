/**
 * The learning record store: a complete xAPI 1.0.3 and 2.0 LRS at /xapi, and the in-process API the other modules
 * record and read statements through. It knows nothing of courses: it stores and answers statements.
 */
@NullMarked
package no.medvirk.xapi;

import org.jspecify.annotations.NullMarked;
