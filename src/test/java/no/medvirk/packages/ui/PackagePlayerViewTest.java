package no.medvirk.packages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import no.medvirk.packages.PackageUpload;
import no.medvirk.packages.PackageVersion;
import no.medvirk.packages.TestPackages;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The package player's own chrome: title, position, the frame's name, the table of contents and the buttons. */
class PackagePlayerViewTest extends KaribuViewTest {

    @Autowired
    PackageUpload upload;

    PackageVersion sample(String name) {
        return ((PackageUpload.Imported) upload.upload(TestPackages.sample(name))).version();
    }

    void play(PackageVersion version, String item) {
        signInAs("deltaker");
        UI.getCurrent().navigate("pakke/" + version.packageId().value() + item);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void a_multi_sco_package_shows_where_the_learner_is_and_a_table_of_contents_that_follows_the_tree() {
        PackageVersion multi = sample("scorm12-multi-sco-one-file-per-sco.zip");

        play(multi, "/2");

        assertThat(_get(H1.class).getText()).isEqualTo(multi.title());
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Del 2 av 18: Par");
        assertThat(_get(IFrame.class).getElement().getAttribute("title")).isEqualTo("Innholdet i pakken: Par");
        assertThat(_find(Button.class)).extracting(Button::getText).contains("Forrige del", "Neste del",
                "Avslutt og lagre").anyMatch(text -> text.startsWith("How to Play"));
        ListItem current = _find(ListItem.class).stream()
                .filter(li -> "page".equals(li.getElement().getAttribute("aria-current"))).findFirst().orElseThrow();
        assertThat(current.getElement().getTextRecursively()).isEqualTo("Par (fullført)");
        assertThat(_find(com.vaadin.flow.component.html.Span.class)).extracting(span -> span.getText())
                .contains("Playing the Game");
    }

    @Test
    void a_single_sco_package_has_no_contents_and_only_the_exit() {
        PackageVersion single = sample("scorm2004-3rd-runtime-basic-calls.zip");

        play(single, "");

        assertThat(_find(Button.class)).extracting(Button::getText).contains("Avslutt og lagre")
                .doesNotContain("Forrige del", "Neste del");
        assertThat(_find(ListItem.class)).isEmpty();
    }

    @Test
    void an_item_the_package_lacks_is_not_found_and_an_administrator_may_not_play() {
        PackageVersion single = sample("scorm12-runtime-basic-calls.zip");
        play(single, "/9");
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain(single.title());

        signInAs("admin");
        UI.getCurrent().navigate("pakke/" + single.packageId().value());
        MockVaadin.clientRoundtrip(false);
        _get(AccessDeniedView.class);
    }
}
