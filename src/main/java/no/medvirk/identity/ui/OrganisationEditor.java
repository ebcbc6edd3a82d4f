package no.medvirk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.OrganisationKind;
import no.medvirk.identity.Organisations;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.ui.UserMessages;
import org.jspecify.annotations.Nullable;

/** Creates or changes an organisation: its name, its kind and whether representatives may register in it. */
class OrganisationEditor extends Dialog {

    private final TextField name = new TextField();
    private final Select<OrganisationKind> kind = new Select<>();
    private final Checkbox openForRegistration = new Checkbox();

    OrganisationEditor(Organisations organisations, @Nullable OrganisationDetails existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "organisations.new" : "organisations.change"));
        name.setLabel(getTranslation("organisation.name"));
        name.setMaxLength(OrganisationDetails.NAME_LENGTH);
        name.setRequired(true);
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.i18nKey()));
        kind.setValue(OrganisationKind.MUNICIPALITY);
        openForRegistration.setLabel(getTranslation("organisation.open-for-registration"));
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            openForRegistration.setValue(existing.openForRegistration());
        }
        add(new FormLayout(name, kind, openForRegistration));
        var save = new Button(getTranslation("action.save"), click -> {
            try {
                var chosenKind = Objects.requireNonNullElse(kind.getValue(), OrganisationKind.OTHER);
                if (existing == null) {
                    organisations.create(name.getValue(), chosenKind, openForRegistration.getValue());
                } else {
                    organisations.change(existing.id(), name.getValue(), chosenKind, openForRegistration.getValue());
                }
                UserMessages.success(this, "organisations.saved", name.getValue().strip());
                onSaved.run();
                close();
            } catch (DomainException e) {
                name.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
