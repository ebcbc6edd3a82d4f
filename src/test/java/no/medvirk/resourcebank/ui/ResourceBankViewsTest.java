package no.medvirk.resourcebank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.resourcebank.Account;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.Consents;
import no.medvirk.resourcebank.Consultations;
import no.medvirk.resourcebank.Entry;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.RegistrationStatus;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.shared.ui.NotFoundView;
import no.medvirk.support.KaribuViewTest;
import no.medvirk.support.TestLearners;
import org.jspecify.annotations.Nullable;
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

    @Autowired
    Organisations organisations;

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
    void a_course_administrator_links_a_resource_persons_account_and_the_person_sees_their_consent() {
        String username = TestLearners.create(people, organisations);
        UUID account = people.findByUsername(username).orElseThrow().id().value();
        String name = "Koblet Ressurs " + UUID.randomUUID();
        UUID entry = published(person(name, null));
        consents.record(entry, name, "Vises i ressursbanken", Instant.now().minusSeconds(60), ADMIN);

        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin/ressursbank");
        editInAdministration(entry);
        ComboBox<Account> field = accountField();
        ComboBoxKt.setUserInput(field, username);
        List<Account> found = ComboBoxKt.getSuggestionItems(field);
        assertThat(found).extracting(Account::username).containsExactly(username);
        setValue(field, found.getFirst());
        _click(_get(Button.class, spec -> spec.withText("Lagre")));

        assertThat(bank.findForAdmin(entry).orElseThrow().content().personId()).isEqualTo(account);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(text -> text.startsWith(
                "Koblet til Medvirk-kontoen Lene Lærer (" + username + ")."));

        signInAs(username);
        UI.getCurrent().navigate("mitt-samtykke");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains(name);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Du vises i ressursbanken.");
        _get(Button.class, spec -> spec.withText("Trekk tilbake"));
    }

    @Test
    void clearing_the_account_in_the_editor_unlinks_it_and_the_person_page_is_empty_again() {
        String username = TestLearners.create(people, organisations);
        UUID account = people.findByUsername(username).orElseThrow().id().value();
        UUID entry = published(person("Frakobles " + UUID.randomUUID(), account));

        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin/ressursbank");
        editInAdministration(entry);
        assertThat(accountField().getValue().username()).isEqualTo(username);
        setValue(accountField(), null);
        _click(_get(Button.class, spec -> spec.withText("Lagre")));

        assertThat(bank.findForAdmin(entry).orElseThrow().content().personId()).isNull();
        signInAs(username);
        UI.getCurrent().navigate("mitt-samtykke");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du er ikke registrert som ressursperson i ressursbanken.");
    }

    @Test
    void another_learner_neither_sees_nor_withdraws_a_resource_persons_consent() {
        UUID owner = people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id().value();
        String name = "Andres Samtykke " + UUID.randomUUID();
        UUID entry = published(person(name, owner));
        UUID consent = consents.record(entry, name, "Vises", Instant.now().minusSeconds(60), ADMIN);
        String other = TestLearners.create(people, organisations);
        UUID otherId = people.findByUsername(other).orElseThrow().id().value();

        signInAs(other);
        UI.getCurrent().navigate("mitt-samtykke");

        assertThat(_find(H2.class).stream().map(H2::getText)).doesNotContain(name);
        assertThat(_find(Button.class, spec -> spec.withText("Trekk tilbake"))).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du er ikke registrert som ressursperson i ressursbanken.");
        assertThatThrownBy(() -> consents.withdrawOwn(consent, new Actor(otherId, "Noen andre")))
                .hasMessage("bank.consent.not-yours");
        assertThat(bank.find(entry)).isPresent();
    }

    @Test
    void the_demo_account_per_sees_his_consent_as_a_resource_person() {
        signInAs("per");

        UI.getCurrent().navigate("mitt-samtykke");

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Per Prøve");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Du vises i ressursbanken.");
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
    void a_learner_who_moves_up_from_the_waiting_list_is_told_they_have_a_seat_until_they_dismiss_it() {
        String username = TestLearners.create(people, organisations);
        UUID learner = people.findByUsername(username).orElseThrow().id().value();
        var starts = Instant.now().plus(2, ChronoUnit.DAYS);
        String title = "Fullt seminar " + UUID.randomUUID();
        UUID event = published(new EntryForm(EntryKind.EVENT, title, "Kort.", "", "", "", List.of(), List.of(), null,
                null, List.of(), "", null, "", null, "", null, starts, starts.plusSeconds(3600), "Salen", "", "", 1,
                false, "", "", null, null));
        UUID first = UUID.randomUUID();
        events.register(event, first);
        events.register(event, learner);
        events.cancel(event, first);
        String notice = "Du har fått plass på «" + title + "»";

        signInAs(username);
        UI.getCurrent().navigate("arrangementer");
        assertThat(paragraphs()).anyMatch(text -> text.startsWith(notice));

        UI.getCurrent().navigate("ressursbank/" + event);
        assertThat(paragraphs()).anyMatch(text -> text.startsWith(notice));
        _click(_get(Button.class, spec -> spec.withText("Fjern meldingen")));
        assertThat(paragraphs()).noneMatch(text -> text.startsWith(notice)).contains("Du er påmeldt.");

        UI.getCurrent().navigate("arrangementer");
        assertThat(paragraphs()).noneMatch(text -> text.startsWith(notice));
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

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().filter(p -> p.isVisible()).map(Paragraph::getText).toList();
    }

    /** Selects the entry in the administration's list and opens its editor. */
    @SuppressWarnings("unchecked")
    private void editInAdministration(UUID entry) {
        Grid<Entry> grid = _get(Grid.class);
        grid.select(bank.findForAdmin(entry).orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Endre")));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Account> accountField() {
        return _get(ComboBox.class, spec -> spec.withLabel("Personens Medvirk-konto"));
    }

    private static EntryForm person(String name, @Nullable UUID account) {
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
