package no.medvirk.resourcebank;

import java.util.Locale;

/** Where a person stands for an event: a seat, a place in the queue, or cancelled. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED;

    public String i18nKey() {
        return "bank.registration." + name().toLowerCase(Locale.ROOT);
    }
}
