package no.medvirk.resourcebank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.Entry;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.FileInfo;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.resourcebank.SampleFiles;
import no.medvirk.support.Uploads;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open resource's file in the administration's editor, sent through the Upload component's own handler as the
 * browser's request would; and the download link on the entry's page.
 */
class ResourceFileUploadTest extends KaribuViewTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Test Admin");

    @Autowired
    ResourceBank bank;

    @Autowired
    BankFiles files;

    @BeforeEach
    void onTheAdministration() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin/ressursbank");
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_course_administrator_creates_an_open_resource_with_a_file_and_no_link() throws IOException {
        setValue(_get(Select.class, spec -> spec.withLabel("Type")), EntryKind.RESOURCE);
        _click(_get(Button.class, spec -> spec.withText("Ny oppføring")));
        String title = "Veileder som fil " + UUID.randomUUID();
        setValue(_get(TextField.class, spec -> spec.withLabel("Tittel")), title);
        setValue(_get(TextArea.class, spec -> spec.withLabel("Kort beskrivelse")), "En veileder.");
        setValue(_get(Select.class, spec -> spec.withLabel("Lisens")), "cc-by");

        send("C:\\fakepath\\Veileder.docx", SampleFiles.docx());
        assertThat(texts()).anyMatch(t -> t.startsWith("«Veileder.docx» (1 kB) er sjekket"));
        _click(_get(Button.class, spec -> spec.withText("Lagre")));

        Entry saved = bank.all().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
        assertThat(saved.content().link()).isEmpty();
        assertThat(files.info(saved.id())).get().extracting(FileInfo::name).isEqualTo("Veileder.docx");

        bank.setPublished(saved.id(), true, ADMIN);
        UI.getCurrent().navigate("ressursbank/" + saved.id());
        Anchor download = _get(Anchor.class, spec -> spec.withText("Last ned filen «Veileder.docx» (1 kB)"));
        assertThat(download.getHref()).isEqualTo("ressursbank/" + saved.id() + "/fil");
        assertThat(download.getElement().hasAttribute("router-ignore")).as("fetched by the browser, not routed")
                .isTrue();
    }

    @Test
    void a_file_whose_content_is_not_what_its_name_says_is_refused_with_a_message_and_changes_nothing()
            throws IOException {
        UUID id = bank.create(resource("Med gammel fil " + UUID.randomUUID()), files.accept("gammel.pdf",
                SampleFiles.pdf()), ADMIN);
        UI.getCurrent().navigate("kursadmin/ressursbank");
        edit(id);
        assertThat(texts()).contains("Nå: «gammel.pdf» (1 kB)");

        send("faktura.pdf", SampleFiles.program());

        assertThat(texts()).contains("Innholdet i «faktura.pdf» passer ikke med filendelsen. Lagre filen på nytt i "
                + "riktig format, eller gi den riktig filendelse. Ingenting er endret.");
        _click(_get(Button.class, spec -> spec.withText("Lagre")));
        assertThat(files.info(id)).get().extracting(FileInfo::name).isEqualTo("gammel.pdf");
    }

    @Test
    void removing_the_only_file_of_a_resource_without_a_link_is_refused_on_the_link_field() throws IOException {
        UUID id = bank.create(resource("Bare fil " + UUID.randomUUID()), files.accept("eneste.pdf",
                SampleFiles.pdf()), ADMIN);
        UI.getCurrent().navigate("kursadmin/ressursbank");
        edit(id);

        setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Fjern filen når jeg lagrer")), true);
        _click(_get(Button.class, spec -> spec.withText("Lagre")));

        TextField link = _get(TextField.class, spec -> spec.withLabel("Lenke"));
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo(
                "Legg inn en lenke til ressursen, last opp en fil, eller begge deler.");
        assertThat(files.info(id)).isPresent();
    }

    @SuppressWarnings("unchecked")
    private void edit(UUID id) {
        Grid<Entry> grid = _get(Grid.class);
        grid.select(bank.findForAdmin(id).orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Endre")));
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    /** The editor's upload is the one that takes PDFs (the page behind the dialog has the CSV import's). */
    private static void send(String fileName, byte[] bytes) throws IOException {
        Uploads.send(_find(Upload.class).stream().filter(u -> u.getAcceptedFileTypes().contains(".pdf"))
                .findFirst().orElseThrow(), fileName, "application/octet-stream", bytes);
    }

    private static EntryForm resource(String title) {
        return new EntryForm(EntryKind.RESOURCE, title, "Kort.", "", "", "", List.of(), List.of(), null, null,
                List.of("nb"), "", null, "", null, "", "cc-by", null, null, "", "", "", null, false, "", "", null,
                null);
    }
}
