package no.medvirk.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.Registration;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.MedvirkProperties;
import no.medvirk.shared.SessionLanguage;
import no.medvirk.shared.ui.LanguageSwitch;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;

/**
 * Self-registration for user and next-of-kin representatives, who often belong to a user organisation rather than
 * an employer. They become learners; an administrator gives any other role.
 */
@Route(value = "registrer", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();
    private final ComboBox<OrganisationDetails> organisation = new ComboBox<>();

    public RegisterView(People people, Organisations organisations, MedvirkProperties properties,
            SessionLanguage sessionLanguage) {
        addClassName("page");
        addClassName("register-page");
        add(new LanguageSwitch(sessionLanguage), new H1(getTranslation("register.title")));
        if (!properties.registration().enabled()) {
            add(new Paragraph(getTranslation("registration.closed")), new Anchor("login", getTranslation("register.to-login")));
            return;
        }
        add(new Paragraph(getTranslation("register.intro")));
        fullName.setLabel(getTranslation("person.full-name"));
        fullName.setMaxLength(PersonForm.NAME_LENGTH);
        fullName.setRequired(true);
        fullName.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("person.email"));
        email.setMaxLength(PersonForm.EMAIL_LENGTH);
        email.setRequired(true);
        email.setHelperText(getTranslation("register.email-help"));
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password-help"));
        password.setRequired(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatPassword.setLabel(getTranslation("register.repeat-password"));
        repeatPassword.setRequired(true);
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        organisation.setLabel(getTranslation("person.organisation"));
        organisation.setHelperText(getTranslation("register.organisation-help"));
        organisation.setItems(organisations.openForRegistration());
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setRequired(true);
        var submit = new Button(getTranslation("register.submit"), click -> register(people, sessionLanguage));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(fullName, email, password, repeatPassword, organisation);
        form.setMaxWidth("40rem");
        add(form, submit, new Anchor("login", getTranslation("register.to-login")));
    }

    private void register(People people, SessionLanguage sessionLanguage) {
        clearErrors();
        if (!password.getValue().equals(repeatPassword.getValue())) {
            showError(repeatPassword, "register.passwords-differ");
            return;
        }
        if (organisation.isEmpty()) {
            showError(organisation, "validation.required");
            return;
        }
        try {
            people.register(new Registration(fullName.getValue(), email.getValue(), password.getValue(),
                    organisation.getValue().id(), sessionLanguage.current()));
            removeAll();
            add(new H1(getTranslation("register.done-title")), new Paragraph(getTranslation("register.done")),
                    new Anchor("login", getTranslation("register.to-login")));
        } catch (DomainException e) {
            showError(fieldFor(e.messageKey()), e.messageKey(), e.arguments());
        }
    }

    private HasValidation fieldFor(String messageKey) {
        if (messageKey.contains("password")) {
            return password;
        }
        if (messageKey.contains("email") || messageKey.contains("username")) {
            return email;
        }
        if (messageKey.contains("organisation") || messageKey.startsWith("registration")) {
            return organisation;
        }
        return fullName;
    }

    private void showError(HasValidation field, String key, Object... arguments) {
        UserMessages.showOn(field, getTranslation(key, arguments));
    }

    private void clearErrors() {
        for (var field : new HasValidation[] {fullName, email, password, repeatPassword,
                organisation}) {
            field.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "register.title");
    }
}
