package no.medvirk.identity;

import no.medvirk.shared.DomainException;

/** The one rule for names of people, organisations and units: something, not too long, trimmed. */
final class Names {

    private Names() {}

    static String require(String value, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("validation.required");
        }
        if (trimmed.length() > maxLength) {
            throw new DomainException("validation.too-long", maxLength);
        }
        return trimmed;
    }
}
