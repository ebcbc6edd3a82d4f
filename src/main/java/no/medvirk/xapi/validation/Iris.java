package no.medvirk.xapi.validation;

/**
 * IRIs and IRLs as the specification uses them: absolute (RFC 3987), so with a scheme. The conformance suite sends
 * plain words and strings with spaces where an IRI belongs and expects a 400 (Data 2.2, XAPI-00007).
 */
final class Iris {

    private Iris() {}

    /**
     * A scheme ({@code [A-Za-z][A-Za-z0-9+.-]*}), a colon and something after it; no whitespace, control character
     * or character RFC 3987 never allows unescaped ({@code <>"{}|\^`}); every {@code %} followed by two hex digits;
     * and after {@code //} a host. One pass over the characters: this runs for every IRI of every statement stored.
     */
    static boolean isAbsoluteIri(String value) {
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1 || !isSchemeStart(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            if (!isSchemeChar(value.charAt(i))) {
                return false;
            }
        }
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isForbidden(c) || (c == '%' && !(isHex(value, i + 1) && isHex(value, i + 2)))) {
                return false;
            }
        }
        String rest = value.substring(colon + 1);
        return !rest.startsWith("//") || hasAuthority(rest.substring(2));
    }

    private static boolean isSchemeStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isSchemeChar(char c) {
        return isSchemeStart(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    /** Whitespace, control characters (and line separators), and the ASCII characters RFC 3987 excludes. */
    private static boolean isForbidden(char c) {
        return c <= ' ' || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '<' || c == '>' || c == '"'
                || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`';
    }

    private static boolean isHex(String value, int at) {
        if (at >= value.length()) {
            return false;
        }
        char c = value.charAt(at);
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
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
