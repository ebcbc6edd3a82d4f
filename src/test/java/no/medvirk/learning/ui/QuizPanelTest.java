package no.medvirk.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.learning.Enrolments;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QuizPanelTest extends KaribuViewTest {

    @Autowired
    CourseCatalog catalog;

    @Autowired
    no.medvirk.identity.People people;

    @Autowired
    no.medvirk.identity.Organisations organisations;

    @Test
    void a_question_checked_on_its_own_shows_its_feedback_at_once_and_keeps_the_answer() {
        signInAs(no.medvirk.support.TestLearners.create(people, organisations));
        int quiz = firstQuiz();
        UI.getCurrent().navigate("kurs/eksempelkurs/laer/" + (quiz + 1));

        var check = _find(Button.class, spec -> spec.withText("Sjekk svaret")).getFirst();
        _click(check);
        assertThat(texts()).contains("Velg et svar først, så kan du sjekke det.");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> first = _find(RadioButtonGroup.class).getFirst();
        setValue(first, first.getListDataView().getItems().findFirst().orElseThrow());
        _click(check);

        assertThat(texts()).anyMatch(text -> text.equals("Riktig.") || text.equals("Ikke riktig."));
        assertThat(first.isReadOnly()).isTrue();
        assertThat(check.isEnabled()).isFalse();
    }

    @Test
    void handing_in_without_answers_fails_with_feedback_and_the_pass_mark_named() {
        signInAs("aud");
        int quiz = firstQuiz();

        UI.getCurrent().navigate("kurs/eksempelkurs/laer/" + (quiz + 1));
        assertThat(_find(RadioButtonGroup.class)).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withText("Lever svarene")));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Ikke bestått ennå"))
                .anyMatch(text -> text.equals("Ikke riktig."));
    }

    private int firstQuiz() {
        var items = Enrolments.items(catalog.currentVersion("eksempelkurs").orElseThrow());
        int quiz = 0;
        while (!(items.get(quiz) instanceof CourseSource.Quiz)) {
            quiz++;
        }
        return quiz;
    }

    private static java.util.List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
