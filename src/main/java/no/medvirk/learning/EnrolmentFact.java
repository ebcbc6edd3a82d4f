package no.medvirk.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What reports count of one enrolment: when it started and finished (a finished enrolment is completed and passed),
 * the course score, and what happened in it within the period asked for: player sessions and quiz hand-ins.
 */
public record EnrolmentFact(UUID enrolmentId, PersonId person, String courseId, UUID courseVersionId,
        Instant startedAt, @Nullable Instant finishedAt, @Nullable Double score, List<Session> sessions,
        List<QuizResult> quizResults) {

    public EnrolmentFact {
        sessions = List.copyOf(sessions);
        quizResults = List.copyOf(quizResults);
    }

    /** A player session that ended at the given time, after lasting so long (xAPI terminated, result.duration). */
    public record Session(Instant endedAt, Duration duration) {}

    /** A quiz handed in at the given time, passed or failed. */
    public record QuizResult(Instant at, boolean passed) {}

    public boolean passed() {
        return finishedAt != null;
    }

    public Duration timeSpent() {
        return sessions.stream().map(Session::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
