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

    @org.springframework.beans.factory.annotation.Autowired
    no.medvirk.learning.Enrolments enrolments;

    @org.springframework.beans.factory.annotation.Autowired
    no.medvirk.identity.People people;

    @Test
    void a_learner_with_a_course_sees_it_with_progress_and_the_way_to_continue() {
        enrolments.start(people.findByUsername("leder").orElseThrow().id(), "eksempelkurs");
        signInAs("leder");

        UI.getCurrent().navigate("min-laering");

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.progressbar.ProgressBar.class)).isNotEmpty();
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Fortsett")).getHref())
                .isEqualTo("kurs/eksempelkurs/laer");
    }

    @Test
    void a_new_learner_is_greeted_by_name_and_told_where_courses_will_appear() {
        signInAs("deltaker");

        UI.getCurrent().navigate("min-laering");

        assertThat(_get(H1.class).getText()).isEqualTo("Min læring");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Hei, Dina Deltaker!"))).isNotNull();
        assertThat(_get(H2.class).getText()).isEqualTo("Du har ikke startet på noe kurs ennå");
    }
}
