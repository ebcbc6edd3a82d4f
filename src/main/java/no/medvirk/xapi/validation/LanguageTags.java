package no.medvirk.xapi.validation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * RFC 5646 language tags, checked against the RFC's ABNF plus its two rules the grammar cannot say: no variant and no
 * extension singleton twice (the conformance suite sends {@code zh-z-aaa-z-bbb-c-ccc} and expects a 400).
 */
final class LanguageTags {

    private static final String ALNUM = "[A-Za-z0-9]";
    private static final Pattern LANGTAG = Pattern.compile(
            "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})" // language, with up to three extlangs
                    + "(?:-[A-Za-z]{4})?" // script
                    + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?" // region
                    + "(?:-(?:" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*" // variants
                    + "(?:-[0-9A-WY-Za-wy-z](?:-" + ALNUM + "{2,8})+)*" // extensions
                    + "(?:-[Xx](?:-" + ALNUM + "{1,8})+)?"); // private use
    private static final Pattern PRIVATE_USE = Pattern.compile("[Xx](?:-" + ALNUM + "{1,8})+");
    private static final Set<String> GRANDFATHERED = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default",
            "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu",
            "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu",
            "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang");

    /** Tags already found valid: statements repeat the same few ("nb-NO", "en-US"), so most checks end here. */
    private static final Set<String> SEEN_VALID = ConcurrentHashMap.newKeySet();
    private static final int SEEN_MAX = 1_000;

    private LanguageTags() {}

    static boolean isValid(String tag) {
        if (SEEN_VALID.contains(tag)) {
            return true;
        }
        boolean valid = check(tag);
        if (valid && SEEN_VALID.size() < SEEN_MAX) {
            SEEN_VALID.add(tag);
        }
        return valid;
    }

    private static boolean check(String tag) {
        if (GRANDFATHERED.contains(tag.toLowerCase(Locale.ROOT)) || PRIVATE_USE.matcher(tag).matches()) {
            return true;
        }
        return LANGTAG.matcher(tag).matches() && noRepeats(tag);
    }

    /** Walks the subtags after the primary language until private use, where anything may repeat. */
    private static boolean noRepeats(String tag) {
        String[] subtags = tag.toLowerCase(Locale.ROOT).split("-");
        Set<String> variants = new HashSet<>();
        Set<String> singletons = new HashSet<>();
        boolean inExtension = false;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            if (subtag.equals("x")) {
                return true;
            }
            if (subtag.length() == 1) {
                inExtension = true;
                if (!singletons.add(subtag)) {
                    return false;
                }
            } else if (!inExtension && isVariant(subtag) && !variants.add(subtag)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVariant(String subtag) {
        return subtag.length() >= 5 || (subtag.length() == 4 && Character.isDigit(subtag.charAt(0)));
    }
}
