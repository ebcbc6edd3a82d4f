package no.medvirk.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class PackageScoringTest {

    @Test
    void one_quiz_gives_its_own_pass_mark() {
        var scoring = PackageScoring.of(course(quiz(0.8, 5, 1)));

        assertThat(scoring.scoredQuestions()).isEqualTo(5);
        assertThat(scoring.requiredRight()).isEqualTo(4);
        assertThat(scoring.masteryScore()).contains(new BigDecimal("0.8"));
    }

    @Test
    void several_quizzes_ask_together_for_the_right_answers_each_asks_for() {
        // 2 of 4 (0.5) and 3 of 3 (0.8 of 3 is 2.4, so 3): 5 of 7.
        var scoring = PackageScoring.of(course(quiz(0.5, 4, 0), quiz(0.8, 3, 2)));

        assertThat(scoring.scoredQuestions()).isEqualTo(7);
        assertThat(scoring.requiredRight()).isEqualTo(5);
        assertThat(scoring.masteryScore()).contains(new BigDecimal("0.7142"));
    }

    @Test
    void the_mastery_score_is_rounded_down_so_the_required_answers_reach_it_and_one_fewer_does_not() {
        var scoring = PackageScoring.of(course(quiz(0.6, 3, 0)));

        BigDecimal mastery = scoring.masteryScore().orElseThrow();
        assertThat(mastery).isEqualTo(new BigDecimal("0.6666"));
        assertThat(2.0 / 3).isGreaterThanOrEqualTo(mastery.doubleValue());
        assertThat(1.0 / 3).isLessThan(mastery.doubleValue());
    }

    @Test
    void a_course_without_quizzes_has_no_mastery_score() {
        var lesson = new CourseSource.Lesson("c/l.md", new LocalizedText("L", "L"), 1, List.of(), "Tekst");

        assertThat(PackageScoring.of(course(lesson)).masteryScore()).isEmpty();
    }

    static CourseSource.Quiz quiz(double passMark, int scored, int reflections) {
        var questions = new java.util.ArrayList<CourseSource.Question>();
        IntStream.range(0, scored).forEach(i -> questions.add(new CourseSource.Question("q" + i, "true-false",
                "Påstand", List.of(), true, "Riktig", "Feil", "Fordi.", List.of())));
        IntStream.range(0, reflections).forEach(i -> questions.add(new CourseSource.Question("r" + i, "reflection",
                "Tenk", List.of(), null, null, null, null, List.of())));
        return new CourseSource.Quiz("c/q" + passMark + ".yaml", "q", new LocalizedText("Q", "Q"), passMark, 0,
                questions);
    }

    static CourseSource course(CourseSource.Item... items) {
        return new CourseSource("c", new LocalizedText("Kurs", "Course"), new LocalizedText("Om", "About"),
                List.of("employee"), List.of("service"), 5, List.of(), List.of(), "CC0-1.0", List.of("Medvirk"),
                List.of(), List.of(new CourseSource.Module("m", new LocalizedText("M", "M"), List.of(items))), null, null);
    }
}
