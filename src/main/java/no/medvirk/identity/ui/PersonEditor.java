package no.medvirk.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonDetails;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitDetails;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.UserMessages;
import org.jspecify.annotations.Nullable;

/** The dialog in which an administrator creates or changes one person. Nothing is saved until it is valid. */
class PersonEditor extends EditorDialog {

    private final People people;
    private final @Nullable PersonDetails person;
    private final List<UnitDetails> allUnits;

    private final TextField fullName = new TextField();
    private final TextField username = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<OrganisationDetails> organisation = new ComboBox<>();
    private final ComboBox<UnitDetails> unit = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<UnitDetails> ledUnits = new MultiSelectComboBox<>();

    PersonEditor(People people, Organisations organisations, @Nullable PersonDetails person, Runnable onSaved) {
        super(onSaved);
        this.people = people;
        this.person = person;
        this.allUnits = organisations.units();
        setHeaderTitle(person == null ? getTranslation("people.new") : person.fullName());
        setWidth("min(48rem, 100vw)");
        fields(organisations.all());
        var form = new FormLayout(fullName, username, email, password, organisation, unit, language, roles, ledUnits);
        add(form);
        if (person != null) {
            addFooterButtons(activationButton(person));
        } else {
            addFooterButtons();
        }
        if (person != null) {
            fill(person, organisations.all());
        } else {
            language.setValue(Language.NB);
            roles.setValue(EnumSet.of(Role.LEARNER));
        }
    }

    private void fields(List<OrganisationDetails> allOrganisations) {
        fullName.setLabel(getTranslation("person.full-name"));
        fullName.setMaxLength(PersonForm.NAME_LENGTH);
        fullName.setRequired(true);
        username.setLabel(getTranslation("person.username"));
        username.setMaxLength(PersonForm.USERNAME_LENGTH);
        username.setRequired(true);
        email.setLabel(getTranslation("person.email"));
        email.setMaxLength(PersonForm.EMAIL_LENGTH);
        email.setRequired(true);
        password.setLabel(getTranslation(person == null ? "person.password" : "person.new-password"));
        password.setHelperText(getTranslation(person == null ? "person.password-help" : "person.new-password-help"));
        organisation.setLabel(getTranslation("person.organisation"));
        organisation.setItems(allOrganisations);
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setRequired(true);
        organisation.addValueChangeListener(change -> unitsFor(change.getValue()));
        unit.setLabel(getTranslation("person.unit"));
        unit.setItemLabelGenerator(UnitDetails::name);
        unit.setClearButtonVisible(true);
        language.setLabel(getTranslation("person.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language.name." + l.code()));
        roles.setLabel(getTranslation("person.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.i18nKey()));
        roles.addValueChangeListener(change -> ledUnits.setEnabled(change.getValue().contains(Role.LEADER)));
        ledUnits.setLabel(getTranslation("person.led-units"));
        ledUnits.setHelperText(getTranslation("person.led-units-help"));
        ledUnits.setItems(allUnits);
        ledUnits.setItemLabelGenerator(u -> u.organisationName() + " – " + u.name());
        ledUnits.setEnabled(false);
    }

    private void unitsFor(@Nullable OrganisationDetails chosen) {
        unit.clear();
        unit.setItems(chosen == null ? List.of()
                : allUnits.stream().filter(u -> u.organisationId().equals(chosen.id())).toList());
    }

    private void fill(PersonDetails existing, List<OrganisationDetails> allOrganisations) {
        fullName.setValue(existing.fullName());
        username.setValue(existing.username());
        email.setValue(existing.email());
        allOrganisations.stream().filter(o -> o.id().equals(existing.organisationId())).findFirst()
                .ifPresent(organisation::setValue);
        allUnits.stream().filter(u -> u.id().equals(existing.unitId())).findFirst().ifPresent(unit::setValue);
        language.setValue(existing.preferredLanguage());
        roles.setValue(existing.roles());
        ledUnits.setValue(allUnits.stream().filter(u -> existing.ledUnitIds().contains(u.id()))
                .collect(Collectors.toSet()));
    }

    private Button activationButton(PersonDetails existing) {
        var button = new Button(getTranslation(existing.active() ? "people.deactivate" : "people.reactivate"),
                click -> {
                    if (existing.active()) {
                        people.deactivate(existing.id());
                    } else {
                        people.reactivate(existing.id());
                    }
                    done(existing.active() ? "people.deactivated" : "people.reactivated", existing.fullName());
                });
        button.addThemeVariants(existing.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    @Override
    protected void save() {
        for (HasValidation field : List.<HasValidation>of(fullName, username, email, password, organisation)) {
            field.setInvalid(false);
        }
        if (organisation.isEmpty()) {
            UserMessages.showOn(organisation, getTranslation("validation.required"));
            return;
        }
        var form = new PersonForm(username.getValue(), email.getValue(), fullName.getValue(), password.getValue(),
                organisation.getValue().id(), unit.isEmpty() ? null : unit.getValue().id(),
                Objects.requireNonNullElse(language.getValue(), Language.NB), roles.getValue(),
                ledUnits.getValue().stream().map(UnitDetails::id).collect(Collectors.toSet()));
        attempt(() -> {
            if (person == null) {
                people.create(form);
            } else {
                people.update(person.id(), form);
            }
        }, "people.saved", fullName.getValue(), this::fieldFor);
    }

    /** Which field a refused save is about, judged by the rule's message key. */
    private HasValidation fieldFor(String messageKey) {
        if (messageKey.contains("username")) {
            return username;
        }
        if (messageKey.contains("email")) {
            return email;
        }
        if (messageKey.contains("password")) {
            return password;
        }
        if (messageKey.contains("leader")) {
            return ledUnits;
        }
        if (messageKey.contains("role")) {
            return roles;
        }
        if (messageKey.contains("unit")) {
            return unit;
        }
        return fullName;
    }
}
