package no.medvirk.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.catalog.source.CourseSource;

/**
 * Scores a learner's answers to a quiz: each scored question right or wrong, the share right, and whether that
 * reaches the pass mark. Reflection questions are not scored.
 */
public final class QuizScoring {

    private QuizScoring() {}

    /** A learner's answer: the option indexes chosen (single, multiple), true/false, or free text (reflection). */
    public record Answer(Set<Integer> chosen, @org.jspecify.annotations.Nullable Boolean truth, String text) {

        public static Answer choices(Set<Integer> chosen) {
            return new Answer(chosen, null, "");
        }

        public static Answer truth(boolean truth) {
            return new Answer(Set.of(), truth, "");
        }

        public static Answer reflection(String text) {
            return new Answer(Set.of(), null, text);
        }
    }

    /** Right or wrong per scored question (by id), the share right, and whether the quiz is passed. */
    public record Result(Map<String, Boolean> correct, double scaled, boolean passed) {}

    public static boolean isCorrect(CourseSource.Question question, Answer answer) {
        return switch (question.type()) {
            case "single", "multiple" -> {
                var right = new java.util.HashSet<Integer>();
                List<CourseSource.Option> options = question.options();
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).correct()) {
                        right.add(i);
                    }
                }
                yield right.equals(answer.chosen());
            }
            case "true-false" -> question.answer() != null && question.answer().equals(answer.truth());
            default -> true;
        };
    }

    public static Result score(CourseSource.Quiz quiz, Map<String, Answer> answers) {
        Map<String, Boolean> correct = new LinkedHashMap<>();
        for (CourseSource.Question question : quiz.questions()) {
            if (question.scored()) {
                Answer answer = answers.get(question.id());
                correct.put(question.id(), answer != null && isCorrect(question, answer));
            }
        }
        long right = correct.values().stream().filter(Boolean::booleanValue).count();
        double scaled = correct.isEmpty() ? 1 : (double) right / correct.size();
        return new Result(correct, scaled, scaled + 1e-9 >= quiz.passMark());
    }
}
