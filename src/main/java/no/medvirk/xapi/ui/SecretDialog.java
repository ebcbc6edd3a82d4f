package no.medvirk.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a client's key and new secret once: the LRS keeps only a hash of the secret and cannot show it again. */
class SecretDialog extends Dialog {

    SecretDialog(String key, String secret) {
        setHeaderTitle(getTranslation("lrs-clients.secret-title"));
        var keyField = new TextField(getTranslation("lrs-clients.key"));
        keyField.setValue(key);
        keyField.setReadOnly(true);
        var secretField = new TextField(getTranslation("lrs-clients.secret"));
        secretField.setValue(secret);
        secretField.setReadOnly(true);
        secretField.setWidthFull();
        add(new Paragraph(getTranslation("lrs-clients.secret-once")), new FormLayout(keyField, secretField));
        var done = new Button(getTranslation("lrs-clients.secret-done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
