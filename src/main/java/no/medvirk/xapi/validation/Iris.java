package no.medvirk.xapi.validation;

import java.util.regex.Pattern;

/**
 * IRIs and IRLs as the specification uses them: absolute (RFC 3987), so with a scheme. The conformance suite sends
 * plain words and strings with spaces where an IRI belongs and expects a 400 (Data 2.2, XAPI-00007).
 */
final class Iris {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");
    /** Characters RFC 3987 never allows unescaped, and any whitespace or control character. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s\\p{Cntrl}<>\"{}|\\\\^`]");
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private Iris() {}

    static boolean isAbsoluteIri(String value) {
        if (!SCHEME.matcher(value).matches() || FORBIDDEN.matcher(value).find()
                || BROKEN_ESCAPE.matcher(value).find()) {
            return false;
        }
        String rest = value.substring(value.indexOf(':') + 1);
        return !rest.startsWith("//") || hasAuthority(rest.substring(2));
    }

    /** An IRL is an IRI meant to be looked up; syntactically the same rules apply. */
    static boolean isIrl(String value) {
        return isAbsoluteIri(value);
    }

    private static boolean hasAuthority(String afterSlashes) {
        int end = afterSlashes.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = afterSlashes.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = afterSlashes.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        return !host.isEmpty() && !host.startsWith(":");
    }
}
