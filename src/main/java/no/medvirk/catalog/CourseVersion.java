package no.medvirk.catalog;

import java.util.UUID;
import no.medvirk.catalog.source.CourseSource;

/** One immutable version of a course: what an enrolment is made against and keeps until it is finished. */
public record CourseVersion(UUID id, String courseId, int number, CourseSource course) {}
