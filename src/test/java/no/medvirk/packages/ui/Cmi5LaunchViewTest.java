package no.medvirk.packages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import no.medvirk.packages.PackageUpload;
import no.medvirk.packages.cmi5.TestCourse;
import no.medvirk.shared.ui.NotFoundView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The minimal cmi5 launch page: the course's blocks and AUs with the learner's standing in words, an AnyWindow AU in
 * a titled frame on the page, an OwnWindow AU in a window of its own with a status line that says so.
 */
class Cmi5LaunchViewTest extends KaribuViewTest {

    @TempDir
    Path folder;

    @Autowired
    PackageUpload upload;

    TestCourse course;

    @BeforeEach
    void aCourse() throws Exception {
        course = new TestCourse(upload, folder);
        signInAs("deltaker");
        UI.getCurrent().navigate("cmi5/" + course.version.packageId());
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void the_course_is_listed_with_each_au_and_where_the_learner_stands() {
        assertThat(_get(H1.class).getText()).isEqualTo("Testkurs");
        assertThat(_find(Span.class, spec -> spec.withClasses("cmi5-block-title")).stream().map(Span::getText))
                .containsExactly("Blokk 1", "Blokk 2");
        assertThat(_find(Span.class, spec -> spec.withClasses("cmi5-au-status")).stream().map(Span::getText))
                .containsExactly("Ikke fullført", "Valgfri", "Valgfri", "Ikke fullført");
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("Åpne «Quiz»", "Åpne «Lesing»");
    }

    @Test
    void an_any_window_au_opens_in_a_titled_frame_on_the_page() {
        _get(Button.class, spec -> spec.withText("Åpne «Quiz»")).click();

        IFrame frame = _get(IFrame.class);
        assertThat(frame.isVisible()).isTrue();
        assertThat(frame.getSrc()).contains("/pakkeinnhold/" + course.version.id() + "/quiz.html?endpoint=");
        assertThat(frame.getElement().getAttribute("title")).isEqualTo("Kursinnhold: Quiz");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("cmi5-status"))
                .getText()).isEqualTo("«Quiz» er åpnet nedenfor.");
    }

    @Test
    void an_own_window_au_opens_in_a_window_of_its_own() {
        _get(Button.class, spec -> spec.withText("Åpne «Lesing»")).click();

        assertThat(_find(IFrame.class)).as("no frame is shown").isEmpty();
        var status = _get(Paragraph.class, spec -> spec.withClasses("cmi5-status"));
        assertThat(status.getElement().getTextRecursively()).startsWith("«Lesing» er åpnet i et nytt vindu.");
        assertThat(_get(status, Anchor.class).getHref()).contains("/reading.html?part=1&endpoint=");
    }

    @Test
    void a_package_that_is_not_there_is_not_found() {
        UI.getCurrent().navigate("cmi5/" + java.util.UUID.randomUUID());
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
