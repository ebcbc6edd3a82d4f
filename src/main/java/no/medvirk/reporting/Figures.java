package no.medvirk.reporting;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a report counts for one row: enrolments started, enrolments completed (a completed course is passed), quizzes
 * handed in and passed, and time spent in the player, all within the period.
 */
public record Figures(long enrolments, long completions, long quizAttempts, long quizzesPassed, Duration timeSpent) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, Duration.ZERO);

    public Figures plus(Figures other) {
        return new Figures(enrolments + other.enrolments, completions + other.completions,
                quizAttempts + other.quizAttempts, quizzesPassed + other.quizzesPassed,
                timeSpent.plus(other.timeSpent));
    }

    /** The share of quiz hand-ins that passed, from 0 to 1; null when none was handed in. */
    public @Nullable Double passRate() {
        return quizAttempts == 0 ? null : (double) quizzesPassed / quizAttempts;
    }

    /** Time spent in hours, for tables and exports. */
    public double hours() {
        return timeSpent.toSeconds() / 3600.0;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
