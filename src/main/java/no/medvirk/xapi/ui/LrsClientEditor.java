package no.medvirk.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.function.Consumer;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.ui.UserMessages;
import no.medvirk.xapi.Scope;
import no.medvirk.xapi.XapiClients;

/** A new LRS client: a name people recognise and what it may do. The key and secret are made by the LRS. */
class LrsClientEditor extends Dialog {

    static final int NAME_LENGTH = 200;

    LrsClientEditor(XapiClients clients, Consumer<XapiClients.Credentials> created) {
        setHeaderTitle(getTranslation("lrs-clients.new"));
        var name = new TextField(getTranslation("lrs-clients.name"));
        name.setRequired(true);
        name.setMaxLength(NAME_LENGTH);
        name.setHelperText(getTranslation("lrs-clients.name-help"));
        var scopes = new CheckboxGroup<Scope>(getTranslation("lrs-clients.scopes"));
        scopes.setItems(Scope.values());
        scopes.setItemLabelGenerator(Scope::xapiName);
        scopes.setValue(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE, Scope.STATE));
        scopes.setHelperText(getTranslation("lrs-clients.scopes-help"));
        add(new FormLayout(name, scopes));
        var save = new Button(getTranslation("action.save"), click -> {
            if (name.getValue().isBlank() || scopes.getValue().isEmpty()) {
                UserMessages.showOn(name.getValue().isBlank() ? name : scopes, getTranslation("validation.required"));
                return;
            }
            try {
                var credentials = clients.create(name.getValue(), scopes.getValue());
                close();
                created.accept(credentials);
            } catch (DomainException e) {
                UserMessages.showOn(name, getTranslation(e.messageKey(), e.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
