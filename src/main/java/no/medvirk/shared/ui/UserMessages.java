package no.medvirk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import no.medvirk.shared.DomainException;

/** Tells the user, in their language, that something worked or what to do instead. */
public final class UserMessages {

    static final int DURATION_MS = 6000;

    private UserMessages() {}

    public static void success(Component source, String messageKey, Object... arguments) {
        var notification = Notification.show(source.getTranslation(messageKey, arguments), DURATION_MS,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, DomainException error) {
        var notification = Notification.show(source.getTranslation(error.messageKey(), error.arguments()),
                DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
