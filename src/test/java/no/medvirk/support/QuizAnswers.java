package no.medvirk.support;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.learning.QuizScoring;

/** Answers to a quiz for tests. */
public final class QuizAnswers {

    private QuizAnswers() {}

    /** The right answer to every question (a few words for a reflection). */
    public static Map<String, QuizScoring.Answer> right(CourseSource.Quiz quiz) {
        Map<String, QuizScoring.Answer> answers = new HashMap<>();
        for (CourseSource.Question q : quiz.questions()) {
            answers.put(q.id(), switch (q.type()) {
                case "single", "multiple" -> QuizScoring.Answer.choices(IntStream.range(0, q.options().size())
                        .filter(i -> q.options().get(i).correct()).boxed().collect(Collectors.toSet()));
                case "true-false" -> QuizScoring.Answer.truth(Boolean.TRUE.equals(q.answer()));
                default -> QuizScoring.Answer.reflection("Mine tanker");
            });
        }
        return answers;
    }
}
