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

    @Test
    void handing_in_without_answers_fails_with_feedback_and_the_pass_mark_named() {
        signInAs("aud");
        var items = Enrolments.items(catalog.currentVersion("eksempelkurs").orElseThrow());
        int quiz = 0;
        while (!(items.get(quiz) instanceof CourseSource.Quiz)) {
            quiz++;
        }

        UI.getCurrent().navigate("kurs/eksempelkurs/laer/" + (quiz + 1));
        assertThat(_find(RadioButtonGroup.class)).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withText("Lever svarene")));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Ikke bestått ennå"))
                .anyMatch(text -> text.equals("Ikke riktig."));
    }
}
