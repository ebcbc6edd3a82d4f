/**
 * cmi5, the LMS side (cmi5 Quartz): launching an AU (registration, session, LMS.LaunchData, learner preferences,
 * the launch URL), the one-time fetch URL and the auth token the AU uses at /xapi, the session rules for its
 * statements, the LMS's own statements (launched, abandoned, waived, satisfied) and moveOn for AUs, blocks and the
 * course.
 */
@NullMarked
package no.medvirk.packages.cmi5;

import org.jspecify.annotations.NullMarked;
