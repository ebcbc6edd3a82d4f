package no.medvirk.xapi.validation;

import java.util.regex.Pattern;

/**
 * UUIDs in RFC 4122's canonical string form, 8-4-4-4-12 hex digits. RFC 4122 reads hex digits case-insensitively, so
 * upper case is accepted; braces, URNs and the 32-digit form without hyphens are not the standard string form.
 */
final class Uuids {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private Uuids() {}

    static boolean isUuid(String value) {
        return CANONICAL.matcher(value).matches();
    }
}
