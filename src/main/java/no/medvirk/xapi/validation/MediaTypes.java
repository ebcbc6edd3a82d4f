package no.medvirk.xapi.validation;

import java.util.regex.Pattern;

/** Internet media types (RFC 2045/6838): {@code type/subtype} and optional parameters, e.g. {@code text/plain; charset=ascii}. */
final class MediaTypes {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*");

    private MediaTypes() {}

    static boolean isValid(String value) {
        return MEDIA_TYPE.matcher(value).matches();
    }
}
