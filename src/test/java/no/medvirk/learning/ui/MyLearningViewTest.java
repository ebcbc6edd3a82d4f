package no.medvirk.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;

class MyLearningViewTest extends KaribuViewTest {

    @Test
    void a_new_learner_is_greeted_by_name_and_told_where_courses_will_appear() {
        signInAs("deltaker");

        UI.getCurrent().navigate("min-laering");

        assertThat(_get(H1.class).getText()).isEqualTo("Min læring");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Hei, Dina Deltaker!"))).isNotNull();
        assertThat(_get(H2.class).getText()).isEqualTo("Du har ikke startet på noe kurs ennå");
    }
}
