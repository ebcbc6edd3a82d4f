package no.medvirk.shared;

import java.io.Serial;

/**
 * A rule of the domain was broken by what a user asked for. Carries an i18n key (and arguments) so the UI can
 * tell the user, in their language, what to do instead.
 */
public class DomainException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
