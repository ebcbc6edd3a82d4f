package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.Locale;

/** One line of an entry's change history; detail names the fields an edit changed. */
public record Change(Instant at, String actorName, Action action, String detail) {

    public enum Action {
        CREATED, EDITED, PUBLISHED, UNPUBLISHED, IMPORTED, CONSENT_RECORDED, CONSENT_WITHDRAWN, ACCOUNT_LINKED,
        ACCOUNT_UNLINKED, FILE_ATTACHED, FILE_REMOVED;

        public String i18nKey() {
            return "bank.change." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
