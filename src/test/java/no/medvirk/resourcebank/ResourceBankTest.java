package no.medvirk.resourcebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.resourcebank.SearchResult.Facet;
import no.medvirk.shared.DomainException;
import no.medvirk.support.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ResourceBankTest {

    @Autowired
    ResourceBank bank;

    @Autowired
    Consents consents;

    @Autowired
    BankTransfers transfers;

    @Autowired
    BankFiles files;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    private final String word = "zq" + Long.toString(System.nanoTime(), 36);

    @Test
    void search_finds_inflected_norwegian_words_and_ranks_a_title_match_above_a_body_match() {
        UUID inBody = published(BankEntries.method("Annen metode " + word, "Kort.", "Om brukerundersøkelser "
                + word + "tema", List.of("research"), "introductory", List.of()));
        UUID inTitle = published(BankEntries.method("Brukerundersøkelse " + word + "tema", "Kort.", "", List.of(),
                "advanced", List.of()));

        List<Entry> found = bank.search(BankQuery.words("brukerundersøkelsene " + word + "tema")).entries();

        assertThat(found).extracting(Entry::id).containsExactly(inTitle, inBody);
    }

    @Test
    void a_misspelt_name_is_found_by_trigram_similarity() {
        UUID person = published(BankEntries.person("Gunnhild " + word + "sen", "Erfaringskonsulent.", "west",
                List.of("law")));
        consents.record(person, "Gunnhild", "Vises i banken", Instant.now().minusSeconds(60), BankEntries.ADMIN);

        assertThat(bank.search(BankQuery.words("Gunhild " + word + "sen")).entries()).extracting(Entry::id)
                .containsExactly(person);
    }

    @Test
    void facets_count_each_value_with_the_other_facets_applied_and_narrow_the_result() {
        published(BankEntries.method("Metode A " + word, "Kort.", "", List.of("research"), "introductory",
                List.of("students")));
        published(BankEntries.method("Metode B " + word, "Kort.", "", List.of("research", "law"), "advanced",
                List.of("students")));
        published(BankEntries.method("Metode C " + word, "Kort.", "", List.of("law"), "advanced", List.of()));

        var all = bank.search(BankQuery.words(word));
        assertThat(all.entries()).hasSize(3);
        assertThat(all.count(Facet.TAG, "research")).isEqualTo(2);
        assertThat(all.count(Facet.TAG, "law")).isEqualTo(2);
        assertThat(all.count(Facet.KIND, "method")).isEqualTo(3);

        var advanced = bank.search(new BankQuery(word, Set.of(), Set.of(), Set.of(), Set.of("advanced"), Set.of()));
        assertThat(advanced.entries()).extracting(Entry::title).containsExactlyInAnyOrder("Metode B " + word,
                "Metode C " + word);
        assertThat(advanced.count(Facet.LEVEL, "introductory")).as("own facet not applied").isEqualTo(1);
        assertThat(advanced.count(Facet.TAG, "research")).as("other facets applied").isEqualTo(1);
        assertThat(advanced.count(Facet.AUDIENCE, "students")).isEqualTo(1);
    }

    @Test
    void an_unpublished_entry_is_not_found() {
        bank.create(BankEntries.method("Upublisert " + word, "Kort.", "", List.of(), "introductory", List.of()),
                BankEntries.ADMIN);

        assertThat(bank.search(BankQuery.words(word)).entries()).isEmpty();
    }

    @Test
    void a_person_without_consent_never_shows_in_search_entry_page_or_export() {
        UUID person = published(BankEntries.person("Usynlig " + word, "Ingen samtykke.", "west", List.of("law")));

        assertThat(bank.search(BankQuery.words(word)).entries()).isEmpty();
        assertThat(bank.search(BankQuery.words("")).entries()).extracting(Entry::id).doesNotContain(person);
        assertThat(bank.find(person)).isEmpty();
        assertThat(exportedPersons()).doesNotContain(word);
    }

    @Test
    void a_person_with_consent_shows_and_is_hidden_at_once_when_the_consent_is_withdrawn() {
        UUID account = newAccount();
        UUID person = published(BankEntries.linkedPerson("Synlig " + word, "Har samtykket.", account));
        UUID consent = consents.giveOwn(person, new Actor(account, "Synlig"), "Vises i ressursbanken");

        assertThat(bank.find(person)).isPresent();
        assertThat(bank.search(BankQuery.words(word)).entries()).extracting(Entry::id).containsExactly(person);
        assertThat(exportedPersons()).contains("Synlig " + word);

        consents.withdrawOwn(consent, new Actor(account, "Synlig"));

        assertThat(bank.find(person)).isEmpty();
        assertThat(bank.search(BankQuery.words(word)).entries()).isEmpty();
        assertThat(bank.search(BankQuery.words("")).entries()).extracting(Entry::id).doesNotContain(person);
        assertThat(exportedPersons()).doesNotContain(word);
        assertThat(consents.mine(account)).singleElement().satisfies(c -> {
            assertThat(c.inForce()).isFalse();
            assertThat(c.purpose()).isEqualTo("Vises i ressursbanken");
        });
        assertThat(bank.history(person)).extracting(Change::action).contains(Change.Action.CONSENT_WITHDRAWN);
    }

    @Test
    void only_the_linked_person_may_withdraw_their_own_consent() {
        UUID person = published(BankEntries.linkedPerson("Annen " + word, "Kort.", newAccount()));
        UUID consent = consents.record(person, "Annen", "Vises", Instant.now().minusSeconds(5), BankEntries.ADMIN);

        assertThatThrownBy(() -> consents.withdrawOwn(consent, new Actor(UUID.randomUUID(), "Noen andre")))
                .isInstanceOf(DomainException.class).hasMessage("bank.consent.not-yours");
        assertThat(bank.find(person)).isPresent();
    }

    @Test
    void an_account_is_linked_to_one_resource_person_only_and_the_link_is_in_the_history() {
        UUID account = newAccount();
        UUID first = published(BankEntries.linkedPerson("Første " + word, "Kort.", account));
        EntryForm other = BankEntries.person("Andre " + word, "Kort.", "west", List.of("law"));
        UUID second = published(other);

        assertThatThrownBy(() -> bank.update(second, BankEntries.withAccount(other, account), BankEntries.ADMIN))
                .isInstanceOf(DomainException.class).hasMessage("bank.validation.account-taken")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("Første " + word));
        assertThatThrownBy(() -> bank.create(BankEntries.linkedPerson("Tredje " + word, "Kort.", account),
                BankEntries.ADMIN)).hasMessage("bank.validation.account-taken");

        assertThat(bank.findForAdmin(second).orElseThrow().content().personId()).isNull();
        assertThat(consents.entriesOf(account)).extracting(Entry::id).containsExactly(first);
        assertThat(bank.history(first)).filteredOn(c -> c.action() == Change.Action.ACCOUNT_LINKED)
                .singleElement().extracting(Change::detail).asString().startsWith("Lene Lærer (laerer");
    }

    @Test
    void unlinking_the_account_takes_the_consents_off_the_persons_own_page_and_frees_the_account() {
        UUID account = newAccount();
        EntryForm form = BankEntries.linkedPerson("Frakoblet " + word, "Kort.", account);
        UUID person = published(form);
        UUID consent = consents.record(person, "Frakoblet", "Vises", Instant.now().minusSeconds(5),
                BankEntries.ADMIN);
        assertThat(consents.mine(account)).hasSize(1);

        bank.update(person, BankEntries.withAccount(form, null), BankEntries.ADMIN);

        assertThat(consents.entriesOf(account)).isEmpty();
        assertThat(consents.mine(account)).isEmpty();
        assertThatThrownBy(() -> consents.withdrawOwn(consent, new Actor(account, "Frakoblet")))
                .hasMessage("bank.consent.not-yours");
        assertThat(bank.find(person)).as("the consent itself stays in force").isPresent();
        assertThat(bank.history(person)).extracting(Change::action).contains(Change.Action.ACCOUNT_UNLINKED)
                .doesNotContain(Change.Action.EDITED);
        UUID again = published(BankEntries.linkedPerson("Ny kobling " + word, "Kort.", account));
        assertThat(consents.entriesOf(account)).extracting(Entry::id).containsExactly(again);
    }

    @Test
    void an_unknown_account_or_an_account_on_another_kind_than_a_person_is_refused() {
        int before = bank.all().size();

        assertThatThrownBy(() -> bank.create(BankEntries.linkedPerson("Ukjent konto " + word, "Kort.",
                UUID.randomUUID()), BankEntries.ADMIN)).hasMessage("bank.validation.account-unknown");
        assertThatThrownBy(() -> bank.create(BankEntries.withAccount(BankEntries.method("Metode " + word, "Kort.",
                "", List.of(), "introductory", List.of()), newAccount()), BankEntries.ADMIN))
                .hasMessage("bank.validation.account-not-person");
        assertThat(bank.all()).hasSize(before);
    }

    @Test
    void an_open_resource_needs_a_link_or_a_file_and_a_file_alone_is_enough() {
        int before = bank.all().size();
        assertThatThrownBy(() -> bank.create(BankEntries.resource("Uten noe " + word, ""), null, BankEntries.ADMIN))
                .isInstanceOf(DomainException.class).hasMessage("bank.validation.link-or-file-required");
        assertThat(bank.all()).hasSize(before);

        EntryForm form = BankEntries.resource("Bare fil " + word, "");
        UUID id = bank.create(form, files.accept("veileder.pdf", SampleFiles.pdf()), BankEntries.ADMIN);

        assertThat(files.info(id)).get().satisfies(info -> {
            assertThat(info.name()).isEqualTo("veileder.pdf");
            assertThat(info.mediaType()).isEqualTo("application/pdf");
            assertThat(info.size()).isEqualTo(SampleFiles.pdf().length);
        });
        assertThat(bank.history(id)).filteredOn(c -> c.action() == Change.Action.FILE_ATTACHED).singleElement()
                .extracting(Change::detail).isEqualTo("veileder.pdf");
        assertThatThrownBy(() -> bank.update(id, form, FileChange.REMOVE, BankEntries.ADMIN))
                .hasMessage("bank.validation.link-or-file-required");
        assertThat(files.info(id)).as("refused, so the file stays").isPresent();

        bank.update(id, BankEntries.resource("Bare fil " + word, "https://example.org/veileder"), FileChange.REMOVE,
                BankEntries.ADMIN);

        assertThat(files.info(id)).isEmpty();
        assertThat(bank.history(id)).extracting(Change::action).contains(Change.Action.FILE_REMOVED,
                Change.Action.EDITED);
    }

    @Test
    void a_new_file_takes_the_old_ones_place_and_a_bad_one_changes_nothing() {
        UUID id = bank.create(BankEntries.resource("Bytt fil " + word, "https://example.org/a"),
                files.accept("gammel.pdf", SampleFiles.pdf()), BankEntries.ADMIN);
        EntryForm form = bank.findForAdmin(id).orElseThrow().content();

        bank.update(id, form, FileChange.replaceWith(files.accept("ny.docx", SampleFiles.docx())), BankEntries.ADMIN);
        assertThat(files.info(id)).get().extracting(FileInfo::name).isEqualTo("ny.docx");

        var disguised = new BankFile("lur.pdf", "application/pdf", SampleFiles.program());
        assertThatThrownBy(() -> bank.update(id, form, FileChange.replaceWith(disguised), BankEntries.ADMIN))
                .hasMessage("bank.file.content");
        assertThat(files.info(id)).get().extracting(FileInfo::name).isEqualTo("ny.docx");
        assertThatThrownBy(() -> bank.create(BankEntries.method("Metode med fil " + word, "Kort.", "", List.of(),
                "introductory", List.of()), files.accept("a.pdf", SampleFiles.pdf()), BankEntries.ADMIN))
                .hasMessage("bank.file.only-resources");
    }

    @Test
    void an_entry_that_breaks_a_rule_is_refused_and_an_edit_is_written_to_the_history() {
        assertThatThrownBy(() -> bank.create(BankEntries.method(" ", "Kort.", "", List.of(), "introductory",
                List.of()), BankEntries.ADMIN)).isInstanceOf(DomainException.class)
                .hasMessage("bank.validation.title-required");
        assertThatThrownBy(() -> bank.create(BankEntries.method("Ukjent " + word, "Kort.", "", List.of("astrologi"),
                "introductory", List.of()), BankEntries.ADMIN)).hasMessage("bank.validation.unknown-value");

        var form = BankEntries.method("Før " + word, "Kort.", "", List.of(), "introductory", List.of());
        UUID id = published(form);
        bank.update(id, BankEntries.method("Etter " + word, "Kort.", "", List.of(), "advanced", List.of()),
                BankEntries.ADMIN);
        bank.setPublished(id, false, BankEntries.ADMIN);

        assertThat(bank.history(id)).extracting(Change::action).containsExactlyInAnyOrder(Change.Action.CREATED,
                Change.Action.PUBLISHED, Change.Action.EDITED, Change.Action.UNPUBLISHED);
        assertThat(bank.history(id)).filteredOn(c -> c.action() == Change.Action.EDITED).singleElement()
                .extracting(Change::detail).isEqualTo("title, level");
        assertThat(bank.find(id)).isEmpty();
    }

    @Test
    void a_kind_exports_to_csv_and_imports_back_as_unpublished_entries_safe_from_formulas() {
        published(BankEntries.method("=HYPERLINK(\"x\") " + word, "Kort; med semikolon.", "Linje 1\nLinje 2",
                List.of("research", "law"), "advanced", List.of("students")));
        byte[] csv = transfers.export(EntryKind.METHOD);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

        String ours = text.lines().findFirst().orElseThrow() + "\n" + text.substring(text.indexOf("\"'=HYPERLINK"),
                text.indexOf("\n", text.indexOf("students")) + 1);
        int imported = transfers.importCsv(EntryKind.METHOD, ours.getBytes(StandardCharsets.UTF_8),
                BankEntries.ADMIN);

        assertThat(imported).isEqualTo(1);
        Entry copy = bank.all().stream().filter(e -> e.title().equals("=HYPERLINK(\"x\") " + word) && !e.published())
                .findFirst().orElseThrow();
        assertThat(copy.content().tags()).containsExactly("research", "law");
        assertThat(copy.content().body()).isEqualTo("Linje 1\nLinje 2");
        assertThat(bank.history(copy.id())).extracting(Change::action).containsExactly(Change.Action.IMPORTED);
    }

    @Test
    void an_import_with_a_bad_row_adds_nothing_and_names_the_line() {
        int before = bank.all().size();
        String csv = "title,summary,level\nGod " + word + ",Kort.,advanced\nDårlig " + word + ",Kort.,ekspert\n";

        assertThatThrownBy(() -> transfers.importCsv(EntryKind.METHOD, csv.getBytes(StandardCharsets.UTF_8),
                BankEntries.ADMIN)).isInstanceOf(DomainException.class).hasMessage("bank.csv.bad-row")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).startsWith(3L));
        assertThat(bank.all()).hasSize(before);
    }

    private UUID newAccount() {
        return people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id().value();
    }

    private String exportedPersons() {
        return new String(transfers.export(EntryKind.PERSON), StandardCharsets.UTF_8);
    }

    private UUID published(EntryForm form) {
        UUID id = bank.create(form, BankEntries.ADMIN);
        bank.setPublished(id, true, BankEntries.ADMIN);
        return id;
    }
}
