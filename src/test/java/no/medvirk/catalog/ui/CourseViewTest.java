package no.medvirk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.ui.NotFoundView;
import no.medvirk.support.KaribuViewTest;
import no.medvirk.support.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The course page: "Start" for a newcomer, "Fortsett" for a learner in progress, who keeps it when unpublished. */
class CourseViewTest extends KaribuViewTest {

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Test
    void a_newcomer_is_offered_start_and_a_learner_in_progress_continue() {
        String username = TestLearners.create(people, organisations);
        signInAs(username);

        UI.getCurrent().navigate("kurs/eksempelkurs");
        assertThat(startLink().getText()).isEqualTo("Start kurset");

        enrolments.start(people.findByUsername(username).orElseThrow().id(), "eksempelkurs");
        UI.getCurrent().navigate("katalog");
        UI.getCurrent().navigate("kurs/eksempelkurs");

        assertThat(startLink().getText()).isEqualTo("Fortsett kurset");
        assertThat(startLink().getHref()).isEqualTo("kurs/eksempelkurs/laer");
    }

    @Test
    void an_unpublished_course_stays_open_to_learners_in_progress_only() {
        String inProgress = TestLearners.create(people, organisations);
        String newcomer = TestLearners.create(people, organisations);
        enrolments.start(people.findByUsername(inProgress).orElseThrow().id(), "eksempelkurs");
        catalog.setPublished("eksempelkurs", false);
        try {
            signInAs(inProgress);
            UI.getCurrent().navigate("kurs/eksempelkurs");
            assertThat(_get(H1.class).getText()).isNotBlank();
            assertThat(startLink().getText()).isEqualTo("Fortsett kurset");

            signInAs(newcomer);
            UI.getCurrent().navigate("katalog");
            UI.getCurrent().navigate("kurs/eksempelkurs");
            _get(NotFoundView.class);
        } finally {
            catalog.setPublished("eksempelkurs", true);
        }
    }

    private static Anchor startLink() {
        return _find(Anchor.class).stream().filter(a -> a.hasClassName("start-course")).findFirst().orElseThrow();
    }
}
