package no.medvirk.resourcebank;

import java.util.Locale;

/** What an entry in the resource bank is; each kind has its own fields and its name in the bundles. */
public enum EntryKind {
    PERSON, METHOD, THEORY, RESOURCE, EVENT, CONSULTATION;

    public String i18nKey() {
        return "bank.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** The kind as written in CSV files and addresses: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
