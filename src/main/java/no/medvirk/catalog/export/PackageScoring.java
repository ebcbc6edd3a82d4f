package no.medvirk.catalog.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import no.medvirk.catalog.source.CourseSource;

/**
 * How a package scores the whole course, since SCORM and cmi5 know one score and one mastery score per SCO or AU:
 * the score is the share of all scored questions answered right, and the course is passed with as many right
 * answers as the quizzes' pass marks ask for together. With one quiz that is exactly its pass mark.
 *
 * @param scoredQuestions the scored questions of all the course's quizzes
 * @param requiredRight how many of them must be right: per quiz, the least number that reaches its pass mark
 */
record PackageScoring(int scoredQuestions, int requiredRight) {

    static PackageScoring of(CourseSource course) {
        List<CourseSource.Quiz> quizzes = course.modules().stream().flatMap(m -> m.items().stream())
                .filter(CourseSource.Quiz.class::isInstance).map(CourseSource.Quiz.class::cast).toList();
        int scored = 0;
        int required = 0;
        for (CourseSource.Quiz quiz : quizzes) {
            int questions = (int) quiz.questions().stream().filter(CourseSource.Question::scored).count();
            scored += questions;
            // The learning module passes a quiz when right / questions + 1e-9 >= passMark.
            required += (int) Math.ceil(quiz.passMark() * questions - 1e-9);
        }
        return new PackageScoring(scored, required);
    }

    boolean scored() {
        return scoredQuestions > 0;
    }

    /**
     * The scaled score that passes, rounded down to the four decimals cmi5 allows, so that the required number of
     * right answers always reaches it (and one fewer never does while there are fewer than 10,000 questions).
     */
    Optional<BigDecimal> masteryScore() {
        if (!scored()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(requiredRight).divide(BigDecimal.valueOf(scoredQuestions), 4,
                RoundingMode.FLOOR).stripTrailingZeros());
    }
}
