/**
 * A course version as a package other learning platforms play: SCORM 2004 4th edition and cmi5, with the lessons
 * as static HTML, the media copied in and a small script that scores the quizzes and reports to the platform.
 */
@NullMarked
package no.medvirk.catalog.export;

import org.jspecify.annotations.NullMarked;
