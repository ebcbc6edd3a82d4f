package no.medvirk.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Function;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.ui.UserMessages;

/**
 * A dialog that saves what its form says. Cancel and Save sit at the bottom; a refused save keeps the dialog open
 * with the message on the field it concerns, and changes nothing.
 */
abstract class EditorDialog extends Dialog {

    private final Runnable onSaved;

    EditorDialog(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Cancel, then any extra buttons, then Save, which runs {@link #save()}. */
    protected void addFooterButtons(Component... extra) {
        var save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
        getFooter().add(extra);
        getFooter().add(save);
    }

    protected abstract void save();

    /** Runs the change; on success says so and closes, on a broken rule shows it on the field it concerns. */
    protected void attempt(Runnable change, String successKey, Object successArgument,
            Function<String, HasValidation> fieldForMessage) {
        try {
            change.run();
            done(successKey, successArgument);
        } catch (DomainException e) {
            UserMessages.showOn(fieldForMessage.apply(e.messageKey()), getTranslation(e.messageKey(), e.arguments()));
        }
    }

    protected void done(String successKey, Object successArgument) {
        UserMessages.success(this, successKey, successArgument);
        onSaved.run();
        close();
    }
}
