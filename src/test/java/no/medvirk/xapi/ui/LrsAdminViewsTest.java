package no.medvirk.xapi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiClients;
import no.medvirk.xapi.XapiHttp;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.XapiVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class LrsAdminViewsTest extends KaribuViewTest {

    @Autowired
    XapiClients clients;

    @Autowired
    LearningRecordStore lrs;

    @Test
    void an_administrator_creates_a_client_and_is_shown_its_secret_once() {
        signInAs("admin");
        UI.getCurrent().navigate("admin/lrs/klienter");

        _click(_get(Button.class, spec -> spec.withText("Ny klient")));
        Dialog editor = _get(Dialog.class);
        setValue(_get(editor, TextField.class, spec -> spec.withLabel("Navn")), "Kursavspiller");
        _click(_get(editor, Button.class, spec -> spec.withText("Lagre")));

        Dialog shown = _get(Dialog.class);
        String key = _get(shown, TextField.class, spec -> spec.withLabel("Nøkkel")).getValue();
        String secret = _get(shown, TextField.class, spec -> spec.withLabel("Hemmelighet")).getValue();
        assertThat(clients.authenticate(key, secret)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Kursavspiller"));
    }

    @Test
    void a_client_without_a_name_is_not_created() {
        signInAs("admin");
        UI.getCurrent().navigate("admin/lrs/klienter");
        int before = clients.all().size();

        _click(_get(Button.class, spec -> spec.withText("Ny klient")));
        Dialog editor = _get(Dialog.class);
        _click(_get(editor, Button.class, spec -> spec.withText("Lagre")));

        assertThat(_get(editor, TextField.class, spec -> spec.withLabel("Navn")).isInvalid()).isTrue();
        assertThat(clients.all()).hasSize(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_statement_browser_filters_by_learner_and_shows_the_json() {
        String mbox = "browser-" + UUID.randomUUID() + "@example.no";
        XapiClient demo = clients.authenticate(XapiHttp.KEY, XapiHttp.SECRET).orElseThrow();
        JsonNode statement = XapiJson.parse("""
                {"actor": {"name": "Berit Browser", "mbox": "mailto:%s"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "object": {"id": "https://x.no/b"}}"""
                .formatted(mbox));
        lrs.record(List.of(statement), demo, XapiVersion.V2_0_0);
        signInAs("admin");
        UI.getCurrent().navigate("admin/lrs/utsagn");

        setValue(_get(EmailField.class), mbox);

        Grid<JsonNode> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Berit Browser", "completed", "https://x.no/b");
        new StatementDialog(GridKt._get(grid, 0)).open();
        assertThat(_find(Pre.class).getFirst().getText()).contains("\"mbox\" : \"mailto:" + mbox + "\"");
    }

    @Test
    void a_malformed_registration_is_pointed_out_on_its_field() {
        signInAs("admin");
        UI.getCurrent().navigate("admin/lrs/utsagn");

        TextField registration = _get(TextField.class, spec -> spec.withLabel("Registrering (UUID)"));
        setValue(registration, "ikke-en-uuid");

        assertThat(registration.isInvalid()).isTrue();
    }

    @Test
    void the_forwarding_page_says_when_forwarding_is_off() {
        signInAs("admin");

        UI.getCurrent().navigate("admin/lrs/videresending");

        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText))
                .anyMatch(text -> text.startsWith("Videresending er ikke slått på"));
    }

    @Test
    void a_course_administrator_cannot_open_the_lrs_administration() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("admin/lrs/klienter");

        _get(AccessDeniedView.class);
    }
}
