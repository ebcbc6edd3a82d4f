package no.medvirk.resourcebank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.medvirk.identity.People;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.Consents;
import no.medvirk.resourcebank.Consultations;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.RegistrationStatus;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.shared.ui.NotFoundView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResourceBankViewsTest extends KaribuViewTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Test Admin");

    @Autowired
    ResourceBank bank;

    @Autowired
    Consents consents;

    @Autowired
    Events events;

    @Autowired
    Consultations consultations;

    @Autowired
    People people;

    @Test
    void a_visitor_who_has_not_signed_in_searches_the_bank_and_opens_an_entry() {
        UI.getCurrent().navigate("ressursbank");

        assertThat(_get(H1.class).getText()).isEqualTo("Ressursbank");
        assertThat(_find(Card.class)).isNotEmpty();

        setValue(_get(TextField.class), "rådslaget");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).contains("Rådslag");

        UI.getCurrent().navigate(_find(RouterLink.class).stream().filter(l -> l.getText().equals("Rådslag"))
                .findFirst().orElseThrow().getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Rådslag");
    }

    @Test
    void a_person_without_consent_is_neither_listed_nor_reachable_by_address() {
        UUID hidden = published(person("Skjult " + UUID.randomUUID(), null));

        UI.getCurrent().navigate("ressursbank");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getHref)).noneMatch(h -> h.contains(
                hidden.toString()));

        UI.getCurrent().navigate("ressursbank/" + hidden);
        _get(NotFoundView.class);
    }

    @Test
    void a_resource_person_withdraws_their_consent_on_their_own_page_and_is_hidden_at_once() {
        signInAs("aud");
        UUID account = people.findByUsername("aud").orElseThrow().id().value();
        String name = "Aud Ressurs " + UUID.randomUUID();
        UUID entry = published(person(name, account));
        consents.record(entry, "Aud Eksempel", "Vises i ressursbanken", Instant.now().minusSeconds(60), ADMIN);
        assertThat(bank.find(entry)).isPresent();

        UI.getCurrent().navigate("mitt-samtykke");
        _click(_get(Button.class, spec -> spec.withText("Trekk tilbake")));

        assertThat(bank.find(entry)).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du vises ikke i ressursbanken, fordi det ikke finnes et gyldig samtykke.");
    }

    @Test
    void a_signed_in_learner_registers_for_an_event_from_its_page() {
        signInAs("deltaker");
        UUID deltaker = people.findByUsername("deltaker").orElseThrow().id().value();
        var starts = Instant.now().plus(3, ChronoUnit.DAYS);
        UUID event = published(new EntryForm(EntryKind.EVENT, "Testseminar " + UUID.randomUUID(), "Kort.", "", "",
                "", List.of(), List.of(), null, null, List.of(), "", null, "", null, "", null, starts,
                starts.plusSeconds(3600), "Salen", "", "", 1, false, "", "", null, null));

        UI.getCurrent().navigate("ressursbank/" + event);
        _click(_get(Button.class, spec -> spec.withText("Meld deg på")));

        assertThat(events.status(event, deltaker)).contains(RegistrationStatus.CONFIRMED);
        _get(Button.class, spec -> spec.withText("Meld deg av"));
    }

    @Test
    void a_signed_in_user_gives_input_to_an_open_consultation() {
        signInAs("deltaker");
        UUID consultation = published(new EntryForm(EntryKind.CONSULTATION, "Testrådslag " + UUID.randomUUID(),
                "Kort.", "", "", "", List.of(), List.of(), null, null, List.of(), "", null, "", null, "", null, null,
                null, "", "", "", null, false, "Punkt 1", "Hva er viktigst?", Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600)));

        UI.getCurrent().navigate("ressursbank/" + consultation);
        setValue(_get(TextArea.class, spec -> spec.withLabel("Hva er viktigst?")), "Åpenhet.");
        _click(_get(Button.class, spec -> spec.withText("Send innspill")));

        assertThat(consultations.inputs(consultation)).singleElement()
                .satisfies(i -> assertThat(i.answer()).isEqualTo("Åpenhet."));
    }

    @Test
    void a_course_administrator_creates_an_entry_with_the_editor_and_a_missing_title_is_refused() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin/ressursbank");
        int before = bank.all().size();

        _click(_get(Button.class, spec -> spec.withText("Ny oppføring")));
        _click(_get(Button.class, spec -> spec.withText("Lagre")));
        assertThat(bank.all()).hasSize(before);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Tittel")).isInvalid()).isTrue();

        String title = "Ny metode " + UUID.randomUUID();
        setValue(_get(TextField.class, spec -> spec.withLabel("Tittel")), title);
        setValue(_get(TextArea.class, spec -> spec.withLabel("Kort beskrivelse")), "En metode.");
        _click(_get(Button.class, spec -> spec.withText("Lagre")));

        assertThat(bank.all()).anyMatch(e -> e.title().equals(title) && !e.published());
        _click(_get(Button.class, spec -> spec.withText("Publiser")));
        assertThat(bank.all()).anyMatch(e -> e.title().equals(title) && e.published());
    }

    @Test
    void a_learner_cannot_open_the_administration() {
        signInAs("deltaker");

        UI.getCurrent().navigate("kursadmin/ressursbank");

        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Ressursbank for kursadministratorer");
    }

    private static EntryForm person(String name, UUID account) {
        return new EntryForm(EntryKind.PERSON, name, "Erfaringskonsulent.", "", "", "", List.of("law"), List.of(),
                null, "west", List.of("nb"), "Testkommunen", "experience-consultant", "test@example.org", account, "",
                null, null, null, "", "", "", null, false, "", "", null, null);
    }

    private UUID published(EntryForm form) {
        UUID id = bank.create(form, ADMIN);
        bank.setPublished(id, true, ADMIN);
        return id;
    }
}
