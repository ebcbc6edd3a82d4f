package no.medvirk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.UnitDetails;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.ui.UserMessages;

/** Adds a unit to an organisation (at the top or under another unit), or renames one. */
class UnitEditor extends Dialog {

    private final TextField name = new TextField();

    private UnitEditor(String titleKey, Object titleArgument) {
        setHeaderTitle(getTranslation(titleKey, titleArgument));
        name.setLabel(getTranslation("organisation.unit-name"));
        name.setMaxLength(UnitDetails.NAME_LENGTH);
        name.setRequired(true);
    }

    static UnitEditor add(Organisations organisations, OrganisationDetails organisation, List<UnitDetails> existing,
            Runnable onSaved) {
        var editor = new UnitEditor("organisations.add-unit-to", organisation.name());
        var parent = new ComboBox<UnitDetails>(editor.getTranslation("organisation.parent-unit"));
        parent.setItems(existing);
        parent.setItemLabelGenerator(UnitDetails::name);
        parent.setHelperText(editor.getTranslation("organisation.parent-unit-help"));
        parent.setClearButtonVisible(true);
        editor.add(new FormLayout(editor.name, parent));
        editor.footer(() -> organisations.addUnit(organisation.id(),
                parent.isEmpty() ? null : parent.getValue().id(), editor.name.getValue()), onSaved);
        return editor;
    }

    static UnitEditor rename(Organisations organisations, UnitDetails unit, Runnable onSaved) {
        var editor = new UnitEditor("organisations.rename-unit-named", unit.name());
        editor.name.setValue(unit.name());
        editor.add(new FormLayout(editor.name));
        editor.footer(() -> organisations.renameUnit(unit.id(), editor.name.getValue()), onSaved);
        return editor;
    }

    private void footer(Runnable action, Runnable onSaved) {
        var save = new Button(getTranslation("action.save"), click -> {
            try {
                action.run();
                UserMessages.success(this, "organisations.unit-saved", name.getValue().strip());
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
