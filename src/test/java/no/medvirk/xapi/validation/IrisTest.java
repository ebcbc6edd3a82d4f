package no.medvirk.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Iris checks IRIs in one pass over the characters (it runs for every IRI of every statement stored). These tests
 * hold it to the regular expressions it replaced, which say the rules plainly, over known cases and many random
 * strings built from the characters that matter.
 */
class IrisTest {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s\\p{Cntrl}<>\"{}|\\\\^`]");
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** The rules as regular expressions (and the same authority rule after "//"). */
    private static boolean byRegex(String value) {
        if (!SCHEME.matcher(value).matches() || FORBIDDEN.matcher(value).find()
                || BROKEN_ESCAPE.matcher(value).find()) {
            return false;
        }
        String rest = value.substring(value.indexOf(':') + 1);
        if (!rest.startsWith("//")) {
            return true;
        }
        String afterSlashes = rest.substring(2);
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

    @Test
    void known_cases() {
        List<String> valid = List.of("http://adlnet.gov/expapi/verbs/experienced", "mailto:ola@example.no",
                "urn:uuid:6d657669-726b-0000-0000-000000000001", "https://medvirk.no/kurs/a%20b?x=1#y",
                "tag:medvirk.no,2026:kurs", "https://xn--prrende-exa.no/", "https://pårørende.no/råd");
        List<String> invalid = List.of("", "experienced", "http:", ":foo", "1http://a", "http://", "http:///path",
                "http://:80/", "http://a b", "http://a\tb", "http://a\nb", "http://a<b", "http://a\"b", "http://a{b",
                "http://a|b", "http://a\\b", "http://a^b", "http://a`b", "http://a%2", "http://a%zz", "ht tp://a",
                "http://a\u2028b", "http://a\u0085b", "http://a\u007fb");
        valid.forEach(v -> assertThat(Iris.isAbsoluteIri(v)).as(v).isTrue().isEqualTo(byRegex(v)));
        invalid.forEach(v -> assertThat(Iris.isAbsoluteIri(v)).as(v).isFalse().isEqualTo(byRegex(v)));
    }

    @Test
    void agrees_with_the_regular_expressions_on_random_strings() {
        char[] alphabet = "aZ09+.-:/?#@%fF \t\n<>\"{}|\\^`\u0085\u2028æ~".toCharArray();
        var random = new SplittableRandom(42);
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < 200_000; n++) {
            var value = new StringBuilder(random.nextBoolean() ? "http:" : "");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                value.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String iri = value.toString();
            if (Iris.isAbsoluteIri(iri) != byRegex(iri)) {
                disagreements.add(iri);
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
