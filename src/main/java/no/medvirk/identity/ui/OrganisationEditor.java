package no.medvirk.identity.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.OrganisationKind;
import no.medvirk.identity.Organisations;
import org.jspecify.annotations.Nullable;

/** Creates or changes an organisation: its name, its kind and whether representatives may register in it. */
class OrganisationEditor extends EditorDialog {

    private final Organisations organisations;
    private final @Nullable OrganisationDetails existing;
    private final TextField name = new TextField();
    private final Select<OrganisationKind> kind = new Select<>();
    private final Checkbox openForRegistration = new Checkbox();

    OrganisationEditor(Organisations organisations, @Nullable OrganisationDetails existing, Runnable onSaved) {
        super(onSaved);
        this.organisations = organisations;
        this.existing = existing;
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
        addFooterButtons();
    }

    @Override
    protected void save() {
        var chosenKind = Objects.requireNonNullElse(kind.getValue(), OrganisationKind.OTHER);
        attempt(() -> {
            if (existing == null) {
                organisations.create(name.getValue(), chosenKind, openForRegistration.getValue());
            } else {
                organisations.change(existing.id(), name.getValue(), chosenKind, openForRegistration.getValue());
            }
        }, "organisations.saved", name.getValue().strip(), messageKey -> name);
    }
}
