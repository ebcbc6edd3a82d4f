package no.medvirk.identity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.UnitDetails;

/** Adds a unit to an organisation (at the top or under another unit), or renames one. */
class UnitEditor extends EditorDialog {

    private final TextField name = new TextField();
    private final Consumer<String> saveName;

    private UnitEditor(String titleKey, Object titleArgument, Runnable onSaved, Consumer<String> saveName) {
        super(onSaved);
        this.saveName = saveName;
        setHeaderTitle(getTranslation(titleKey, titleArgument));
        name.setLabel(getTranslation("organisation.unit-name"));
        name.setMaxLength(UnitDetails.NAME_LENGTH);
        name.setRequired(true);
        addFooterButtons();
    }

    static UnitEditor add(Organisations organisations, OrganisationDetails organisation, List<UnitDetails> existing,
            Runnable onSaved) {
        var parent = new ComboBox<UnitDetails>();
        var editor = new UnitEditor("organisations.add-unit-to", organisation.name(), onSaved,
                name -> organisations.addUnit(organisation.id(), parent.isEmpty() ? null : parent.getValue().id(),
                        name));
        parent.setLabel(editor.getTranslation("organisation.parent-unit"));
        parent.setItems(existing);
        parent.setItemLabelGenerator(UnitDetails::name);
        parent.setHelperText(editor.getTranslation("organisation.parent-unit-help"));
        parent.setClearButtonVisible(true);
        editor.add(new FormLayout(editor.name, parent));
        return editor;
    }

    static UnitEditor rename(Organisations organisations, UnitDetails unit, Runnable onSaved) {
        var editor = new UnitEditor("organisations.rename-unit-named", unit.name(), onSaved,
                name -> organisations.renameUnit(unit.id(), name));
        editor.name.setValue(unit.name());
        editor.add(new FormLayout(editor.name));
        return editor;
    }

    @Override
    protected void save() {
        attempt(() -> saveName.accept(name.getValue()), "organisations.unit-saved", name.getValue().strip(),
                messageKey -> name);
    }
}
