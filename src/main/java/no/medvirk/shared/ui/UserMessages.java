package no.medvirk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Tells the user, in their language, that something worked or what to do instead. */
public final class UserMessages {

    static final int DURATION_MS = 6000;

    private UserMessages() {}

    public static void success(Component source, String messageKey, Object... arguments) {
        var notification = Notification.show(source.getTranslation(messageKey, arguments), DURATION_MS,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Shows an error on the field it concerns, where a screen reader announces it with the field. */
    public static void showOn(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
