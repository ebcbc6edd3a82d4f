package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import no.medvirk.resourcebank.Account;
import no.medvirk.resourcebank.Accounts;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.FileChange;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.resourcebank.Vocabulary;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.ui.UserMessages;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits an entry: the fields every kind has and those of its own kind, checked field by field by the
 * Binder; the service checks the whole entry again, and a rule it finds broken is shown on the title field.
 */
class EntryEditor extends Dialog {

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft;
    private final TextField title = new TextField();
    private final ComboBox<Account> account = new ComboBox<>();
    private @Nullable TextField link;
    private @Nullable ResourceFileField file;
    private final ZoneId zone = ZoneId.systemDefault();

    EntryEditor(ResourceBank bank, Accounts accounts, BankFiles files, Actor actor, @Nullable UUID id,
            EntryForm form, Consumer<UUID> saved) {
        draft = new Draft(form, zone);
        EntryKind kind = form.kind();
        setHeaderTitle(getTranslation(id == null ? "bank.admin.new-title" : "bank.admin.edit-title",
                getTranslation(kind.i18nKey())));
        var layout = new FormLayout();
        title.setLabel(getTranslation(kind == EntryKind.PERSON ? "bank.field.name" : "bank.field.title"));
        title.setMaxLength(EntryForm.TITLE_LENGTH);
        binder.forField(title).asRequired(getTranslation("bank.validation.title-required"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        layout.add(title);
        area(layout, "bank.field.summary", EntryForm.SUMMARY_LENGTH, d -> d.summary, (d, v) -> d.summary = v);
        multi(layout, kind == EntryKind.PERSON ? "bank.field.expertise" : "bank.field.topics", "topic",
                Vocabulary.TOPICS, kind == EntryKind.PERSON, d -> d.tags, (d, v) -> d.tags = v);
        switch (kind) {
            case PERSON -> {
                text(layout, "bank.field.organisation", EntryForm.SHORT_LENGTH, d -> d.organisation,
                        (d, v) -> d.organisation = v);
                select(layout, "bank.field.person-role", "role", Vocabulary.PERSON_ROLES, true, d -> d.personRole,
                        (d, v) -> d.personRole = v);
                var contact = text(layout, "bank.field.contact", EntryForm.CONTACT_LENGTH, d -> d.contact,
                        (d, v) -> d.contact = v);
                contact.setHelperText(getTranslation("bank.field.contact-help"));
                account(layout, accounts);
            }
            case METHOD, THEORY -> {
                area(layout, "bank.field.body", 20000, d -> d.body, (d, v) -> d.body = v);
                area(layout, "bank.field.examples", 20000, d -> d.examples, (d, v) -> d.examples = v);
                area(layout, "bank.field.sources", 20000, d -> d.sources, (d, v) -> d.sources = v);
            }
            case RESOURCE -> {
                area(layout, "bank.field.body", 20000, d -> d.body, (d, v) -> d.body = v);
                link = text(layout, "bank.field.link", EntryForm.LINK_LENGTH, d -> d.link, (d, v) -> d.link = v);
                link.setHelperText(getTranslation("bank.field.link-or-file-help"));
                file = new ResourceFileField(files, id == null ? null : files.info(id).orElse(null));
                layout.setColspan(file, 2);
                layout.add(file);
                select(layout, "bank.field.licence", "licence", Vocabulary.LICENCES, true, d -> d.licence,
                        (d, v) -> d.licence = v);
                text(layout, "bank.field.organisation", EntryForm.SHORT_LENGTH, d -> d.organisation,
                        (d, v) -> d.organisation = v);
            }
            case EVENT -> {
                area(layout, "bank.field.body", 20000, d -> d.body, (d, v) -> d.body = v);
                time(layout, "bank.field.starts-at", true, d -> d.startsAt, (d, v) -> d.startsAt = v);
                time(layout, "bank.field.ends-at", true, d -> d.endsAt, (d, v) -> d.endsAt = v);
                text(layout, "bank.field.place", EntryForm.CONTACT_LENGTH, d -> d.place, (d, v) -> d.place = v);
                text(layout, "bank.field.online-link", EntryForm.LINK_LENGTH, d -> d.onlineLink,
                        (d, v) -> d.onlineLink = v);
                text(layout, "bank.field.organiser", EntryForm.SHORT_LENGTH, d -> d.organiser,
                        (d, v) -> d.organiser = v);
                var capacity = new IntegerField(getTranslation("bank.field.capacity"));
                capacity.setMin(1);
                capacity.setHelperText(getTranslation("bank.field.capacity-help"));
                binder.forField(capacity).withValidator(c -> c == null || c > 0,
                        getTranslation("bank.validation.capacity")).bind(d -> d.capacity, (d, v) -> d.capacity = v);
                var cancelled = new Checkbox(getTranslation("bank.field.cancelled"));
                binder.forField(cancelled).bind(d -> d.cancelled, (d, v) -> d.cancelled = v);
                layout.add(capacity, cancelled);
            }
            case CONSULTATION -> {
                area(layout, "bank.field.agenda", 20000, d -> d.agenda, (d, v) -> d.agenda = v);
                var questions = area(layout, "bank.field.questions", 20000, d -> d.questions,
                        (d, v) -> d.questions = v);
                questions.setHelperText(getTranslation("bank.field.questions-help"));
                time(layout, "bank.field.opens-at", true, d -> d.opensAt, (d, v) -> d.opensAt = v);
                time(layout, "bank.field.closes-at", true, d -> d.closesAt, (d, v) -> d.closesAt = v);
                text(layout, "bank.field.organiser", EntryForm.SHORT_LENGTH, d -> d.organiser,
                        (d, v) -> d.organiser = v);
            }
        }
        if (kind != EntryKind.PERSON) {
            multi(layout, "bank.field.audiences", "audience", Vocabulary.AUDIENCES, false, d -> d.audiences,
                    (d, v) -> d.audiences = v);
            select(layout, "bank.field.level", "level", Vocabulary.LEVELS, false, d -> d.level, (d, v) -> d.level = v);
        }
        select(layout, "bank.field.region", "region", Vocabulary.REGIONS, false, d -> d.region,
                (d, v) -> d.region = v);
        multi(layout, "bank.field.languages", "language", Vocabulary.LANGUAGES, false, d -> d.languages,
                (d, v) -> d.languages = v);
        binder.readBean(draft);
        add(layout);
        var save = new Button(getTranslation("action.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                EntryForm changed = draft.toForm(zone);
                UUID savedId = id;
                if (id == null) {
                    savedId = bank.create(changed, file == null ? null : file.pending(), actor);
                } else {
                    bank.update(id, changed, file == null ? FileChange.KEEP : file.change(), actor);
                }
                close();
                UserMessages.success(this, "bank.admin.saved", changed.title());
                saved.accept(savedId);
            } catch (DomainException e) {
                showError(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    /** A rule the bank found broken, shown where it belongs: the account, the file, the link, else the title. */
    private void showError(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        if (e.messageKey().startsWith("bank.validation.account")) {
            UserMessages.showOn(account, message);
        } else if (e.messageKey().startsWith("bank.file.") && file != null) {
            file.showError(message);
        } else if (e.messageKey().startsWith("bank.validation.link") && link != null) {
            UserMessages.showOn(link, message);
        } else {
            UserMessages.showOn(title, message);
        }
    }

    /**
     * The resource person's own Medvirk account, found by name or username: signed in with it, they see and withdraw
     * their consent on Mitt samtykke. Clearing the field unlinks it.
     */
    private void account(FormLayout layout, Accounts accounts) {
        account.setLabel(getTranslation("bank.field.account"));
        account.setHelperText(getTranslation("bank.field.account-help"));
        account.setItemLabelGenerator(Account::label);
        account.setItems(query -> accounts.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        account.setClearButtonVisible(true);
        account.setWidthFull();
        layout.setColspan(account, 2);
        binder.forField(account).withConverter(a -> a == null ? null : a.personId(),
                (UUID personId) -> personId == null ? null : accounts.find(personId).orElse(null))
                .bind(d -> d.personId, (d, v) -> d.personId = v);
        layout.add(account);
    }

    private TextField text(FormLayout layout, String key, int max, com.vaadin.flow.function.ValueProvider<Draft,
            String> get, com.vaadin.flow.data.binder.Setter<Draft, String> set) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        bind(layout, field, get, set);
        return field;
    }

    private TextArea area(FormLayout layout, String key, int max, com.vaadin.flow.function.ValueProvider<Draft,
            String> get, com.vaadin.flow.data.binder.Setter<Draft, String> set) {
        var field = new TextArea(getTranslation(key));
        field.setMaxLength(max);
        layout.setColspan(field, 2);
        bind(layout, field, get, set);
        return field;
    }

    private void time(FormLayout layout, String key, boolean required, com.vaadin.flow.function.ValueProvider<Draft,
            java.time.LocalDateTime> get, com.vaadin.flow.data.binder.Setter<Draft, java.time.LocalDateTime> set) {
        var field = new DateTimePicker(getTranslation(key));
        field.setLocale(getLocale());
        var binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired(getTranslation("bank.validation.required"));
        }
        binding.bind(get, set);
        layout.add(field);
    }

    private void select(FormLayout layout, String key, String facet, List<String> values, boolean required,
            com.vaadin.flow.function.ValueProvider<Draft, String> get,
            com.vaadin.flow.data.binder.Setter<Draft, String> set) {
        var field = new Select<String>();
        field.setLabel(getTranslation(key));
        field.setItems(values);
        field.setItemLabelGenerator(v -> v == null ? "" : getTranslation(Vocabulary.i18nKey(facet, v)));
        field.setEmptySelectionAllowed(!required);
        var binding = binder.forField(field);
        if (required) {
            // Not asRequired: Select then puts aria-required on its role=button value button, which ARIA does not
            // allow (vaadin/web-components#7337). The same check as a validator, and the helper text says it.
            binding = binding.withValidator(v -> v != null, getTranslation("bank.validation.required"));
            field.setHelperText(getTranslation("bank.field.choose-one"));
        }
        binding.bind(get, set);
        layout.add(field);
    }

    private void multi(FormLayout layout, String key, String facet, List<String> values, boolean required,
            com.vaadin.flow.function.ValueProvider<Draft, java.util.Set<String>> get,
            com.vaadin.flow.data.binder.Setter<Draft, java.util.Set<String>> set) {
        var field = new MultiSelectComboBox<String>(getTranslation(key));
        field.setItems(values);
        field.setItemLabelGenerator(v -> getTranslation(Vocabulary.i18nKey(facet, v)));
        var binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired(getTranslation("bank.validation.required"));
        }
        binding.bind(get, set);
        layout.add(field);
    }

    private <F extends Component & HasValue<?, String>> void bind(FormLayout layout, F field,
            com.vaadin.flow.function.ValueProvider<Draft, String> get,
            com.vaadin.flow.data.binder.Setter<Draft, String> set) {
        binder.forField(field).bind(get, set);
        layout.add(field);
    }
}
