package no.medvirk.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.learning.QuizScoring.Answer;
import no.medvirk.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class QuizScoringTest {

    static final CourseSource.Option RIGHT = new CourseSource.Option("Riktig", true, "Ja.");
    static final CourseSource.Option WRONG = new CourseSource.Option("Feil", false, "Nei.");

    static CourseSource.Question question(String id, String type, List<CourseSource.Option> options, Boolean answer) {
        return new CourseSource.Question(id, type, "Spørsmål", options, answer, null, null, "Forklaring", List.of());
    }

    final CourseSource.Quiz quiz = new CourseSource.Quiz("k/q.yaml", "q", new LocalizedText("Q", "Q"), 0.6, 0,
            List.of(question("single", "single", List.of(WRONG, RIGHT), null),
                    question("multiple", "multiple", List.of(RIGHT, WRONG, RIGHT), null),
                    question("truth", "true-false", List.of(), true),
                    question("reflection", "reflection", List.of(), null)));

    @Test
    void every_scored_answer_right_is_a_pass_with_full_score() {
        var result = QuizScoring.score(quiz, Map.of("single", Answer.choices(Set.of(1)),
                "multiple", Answer.choices(Set.of(0, 2)), "truth", Answer.truth(true),
                "reflection", Answer.reflection("Tanker")));

        assertThat(result.scaled()).isEqualTo(1.0);
        assertThat(result.passed()).isTrue();
        assertThat(result.correct()).doesNotContainKey("reflection");
    }

    @Test
    void a_multiple_choice_needs_exactly_the_right_options_and_the_pass_mark_decides() {
        var twoOfThree = QuizScoring.score(quiz, Map.of("single", Answer.choices(Set.of(1)),
                "multiple", Answer.choices(Set.of(0)), "truth", Answer.truth(true)));
        assertThat(twoOfThree.correct()).containsEntry("multiple", false);
        assertThat(twoOfThree.scaled()).isEqualTo(2.0 / 3);
        assertThat(twoOfThree.passed()).isTrue();

        var oneOfThree = QuizScoring.score(quiz, Map.of("single", Answer.choices(Set.of(0)),
                "truth", Answer.truth(true)));
        assertThat(oneOfThree.passed()).isFalse();
    }
}
