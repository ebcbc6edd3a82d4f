package no.medvirk.xapi.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.xapi.XapiVersion;
import org.jspecify.annotations.Nullable;

/**
 * Timestamps differ by version. 1.0.3 asks for ISO 8601 (Data 4.5; the conformance requirement XAPI-00123 accepts the
 * extended and the basic format) and only recommends a time zone. 2.0 asks for RFC 3339, which always has an offset
 * and allows a space between date and time (the 2.0 conformance suite accepts {@code 2008-09-15 15:53:00.601+00:00}).
 * Both reject the "unknown local offset" {@code -00:00} and its shorter spellings {@code -00} and {@code -0000}.
 */
final class Timestamps {

    private static final String FRACTION = "(?:[.,]\\d+)?";
    private static final Pattern ISO_EXTENDED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})"
            + "(?::(\\d{2})" + FRACTION + ")?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern ISO_BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})"
            + "(?:(\\d{2})" + FRACTION + ")?(Z|[+-]\\d{2}(?:\\d{2})?)?");
    private static final Pattern RFC_3339 = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})"
            + ":(\\d{2})(?:\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    private Timestamps() {}

    static boolean isValid(String value, XapiVersion version) {
        if (version == XapiVersion.V2_0_0) {
            return fits(RFC_3339.matcher(value));
        }
        return fits(ISO_EXTENDED.matcher(value)) || fits(ISO_BASIC.matcher(value));
    }

    private static boolean fits(Matcher m) {
        return m.matches() && realDate(m) && realTime(m) && realOffset(m.group(7));
    }

    private static boolean realDate(Matcher m) {
        try {
            LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Second 60 is a leap second, which both ISO 8601 and RFC 3339 allow. */
    private static boolean realTime(Matcher m) {
        int seconds = m.group(6) == null ? 0 : number(m.group(6));
        return number(m.group(4)) <= 23 && number(m.group(5)) <= 59 && seconds <= 60;
    }

    private static boolean realOffset(@Nullable String offset) {
        if (offset == null || offset.equalsIgnoreCase("Z")) {
            return true;
        }
        String digits = offset.substring(1).replace(":", "");
        int hours = number(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? number(digits.substring(2)) : 0;
        boolean unknownLocal = offset.charAt(0) == '-' && hours == 0 && minutes == 0;
        return hours <= 23 && minutes <= 59 && !unknownLocal;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
