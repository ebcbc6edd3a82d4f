package no.medvirk.support;

import java.util.List;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.learning.Enrolment;
import no.medvirk.learning.Enrolments;

/** Steps a learner takes, through the real services, for tests of what is made of them. */
public final class TestLearning {

    private TestLearning() {}

    public static List<CourseSource.Quiz> quizzes(CourseCatalog catalog, Enrolment enrolment) {
        return Enrolments.items(catalog.version(enrolment.courseVersionId()).orElseThrow()).stream()
                .filter(CourseSource.Quiz.class::isInstance).map(CourseSource.Quiz.class::cast).toList();
    }

    /** Goes through every lesson and passes every quiz at the first attempt: the course is completed. */
    public static void complete(Enrolments enrolments, CourseCatalog catalog, Enrolment enrolment) {
        for (CourseSource.Item item : Enrolments.items(catalog.version(enrolment.courseVersionId()).orElseThrow())) {
            if (item instanceof CourseSource.Lesson lesson) {
                enrolments.experienced(enrolment, lesson.path());
            }
        }
        quizzes(catalog, enrolment).forEach(quiz -> enrolments.handIn(enrolment, quiz, QuizAnswers.right(quiz)));
    }
}
