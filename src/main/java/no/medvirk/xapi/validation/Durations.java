package no.medvirk.xapi.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601:2004 durations in the format of section 4.4.3.2 only: the alternative, time-point-like format is forbidden
 * (Data 4.6), weeks stand alone ({@code P4W1D} is rejected by the conformance suite), and only the last component may
 * carry a fraction.
 */
final class Durations {

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final Pattern WEEKS = Pattern.compile("P" + NUMBER + "W");
    private static final Pattern COMPONENTS = Pattern.compile("P(?:(" + NUMBER + ")Y)?(?:(" + NUMBER + ")M)?(?:("
            + NUMBER + ")D)?(?:T(?:(" + NUMBER + ")H)?(?:(" + NUMBER + ")M)?(?:(" + NUMBER + ")S)?)?");

    private Durations() {}

    static boolean isValid(String value) {
        if (WEEKS.matcher(value).matches()) {
            return true;
        }
        Matcher m = COMPONENTS.matcher(value);
        if (!m.matches() || value.endsWith("T")) {
            return false;
        }
        int last = 0;
        for (int group = 1; group <= 6; group++) {
            if (m.group(group) != null) {
                last = group;
            }
        }
        return last > 0 && onlyLastHasFraction(m, last);
    }

    private static boolean onlyLastHasFraction(Matcher m, int last) {
        for (int group = 1; group < last; group++) {
            String component = m.group(group);
            if (component != null && (component.contains(".") || component.contains(","))) {
                return false;
            }
        }
        return true;
    }
}
