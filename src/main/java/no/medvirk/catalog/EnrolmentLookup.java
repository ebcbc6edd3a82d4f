package no.medvirk.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * What a course's page needs to know of a learner's enrolment in it: "Start" or "Fortsett", and which version to
 * show (a learner in progress keeps theirs, even when the course is unpublished). The learning module answers; the
 * catalog cannot depend on it, so it declares the question here.
 */
public interface EnrolmentLookup {

    /** The learner's open enrolment in the course, else their latest finished one, else empty. */
    Optional<EnrolmentState> latest(UUID personId, String courseId);

    /** An enrolment's course version and whether it is finished. */
    record EnrolmentState(UUID courseVersionId, boolean finished) {}
}
