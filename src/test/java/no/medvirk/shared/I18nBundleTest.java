package no.medvirk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.medvirk.identity.OrganisationKind;
import no.medvirk.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * All user-facing text is in the bundles, bokmål and English alike: the bundles have the same keys, every key the
 * code names exists, and no view holds a literal sentence.
 */
class I18nBundleTest {

    static final Path SOURCES = Path.of("src/main/java");

    /** Calls and annotations whose first string argument is a message key. */
    static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|Pages\\.title|UserMessages\\.success|new DomainException|title)\\((?:this, |[a-z]+, )?\"([a-z0-9._-]+)\"|title = \"([a-z0-9._-]+)\"");

    static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void bokmal_and_english_bundles_have_exactly_the_same_keys() {
        Set<String> bokmal = keys(Language.NB);
        Set<String> english = keys(Language.EN);

        assertThat(difference(bokmal, english)).as("keys only in the bokmål bundle").isEmpty();
        assertThat(difference(english, bokmal)).as("keys only in the English bundle").isEmpty();
    }

    @Test
    void no_message_is_empty_and_english_is_not_bokmal() {
        var bokmal = MedvirkI18NProvider.bundle(Language.NB);
        var english = MedvirkI18NProvider.bundle(Language.EN);
        assertThat(keys(Language.NB)).allSatisfy(key -> {
            assertThat(bokmal.getString(key)).as(key).isNotBlank();
            assertThat(english.getString(key)).as(key).isNotBlank();
        });
        assertThat(english.getString("login.failed")).isNotEqualTo(bokmal.getString("login.failed"));
    }

    /** MessageFormat eats single apostrophes, but only texts with arguments go through it. */
    @Test
    void apostrophes_are_written_as_each_text_is_read() {
        for (Language language : Language.values()) {
            var bundle = MedvirkI18NProvider.bundle(language);
            for (String key : keys(language)) {
                String text = bundle.getString(key);
                boolean formatted = text.matches("(?s).*\\{\\d.*");
                if (formatted) {
                    assertThat(text.replace("''", "")).as("%s (%s): write an apostrophe as ''", key, language)
                            .doesNotContain("'");
                } else {
                    assertThat(text).as("%s (%s): no arguments, so a single apostrophe", key, language)
                            .doesNotContain("''");
                }
            }
        }
    }

    @Test
    void every_key_the_code_names_is_in_the_bundle() throws IOException {
        Set<String> bokmal = keys(Language.NB);
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher matcher = KEY_USE.matcher(Files.readString(file));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!key.endsWith(".")) { // a prefix completed at run time; see the enum test below
                    used.add(key);
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50);
        assertThat(difference(used, bokmal)).as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void every_role_kind_and_language_has_its_name_in_the_bundle() {
        Set<String> bokmal = keys(Language.NB);
        List<String> needed = new ArrayList<>();
        Stream.of(Role.values()).forEach(r -> needed.add(r.i18nKey()));
        Stream.of(OrganisationKind.values()).forEach(k -> needed.add(k.i18nKey()));
        for (Language language : Language.values()) {
            needed.add("language.name." + language.code());
            needed.add("language.switch-to." + language.code());
            needed.add("language.switch-to-label." + language.code());
        }
        assertThat(bokmal).containsAll(needed);
    }

    @Test
    void no_view_holds_a_literal_user_facing_string() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("@") || line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(line);
                while (literal.find()) {
                    if (looksLikeText(literal.group(1))) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + " \"" + literal.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("literal strings in views; put them in the i18n bundles").isEmpty();
    }

    @Test
    void the_literal_check_recognises_text_and_lets_keys_and_css_pass() {
        assertThat(looksLikeText("Lagre")).isTrue();
        assertThat(looksLikeText("Logg inn")).isTrue();
        assertThat(looksLikeText("sign in")).isTrue();
        assertThat(looksLikeText("Min læring")).isTrue();
        assertThat(looksLikeText("people.search-placeholder")).isFalse();
        assertThat(looksLikeText("min(48rem, 100vw)")).isFalse();
        assertThat(looksLikeText("aria-label")).isFalse();
        assertThat(looksLikeText("vaadin:group")).isFalse();
        assertThat(looksLikeText(" – ")).isFalse();
    }

    /** Words a person would read: a capitalised word, non-ASCII letters, or two words in a row. */
    static boolean looksLikeText(String literal) {
        if (literal.contains("(")) {
            return false;
        }
        return literal.matches(".*[æøåÆØÅ].*")
                || literal.matches("^[A-Z][a-z]+.*")
                || literal.matches(".*[A-Za-z]{2,}\\s+[A-Za-z]{2,}.*");
    }

    /** Read as plain files: a ResourceBundle's keys would include its parent's and hide a missing one. */
    private static Set<String> keys(Language language) {
        String file = MedvirkI18NProvider.BUNDLE + (language == Language.NB ? "" : "_" + language.code())
                + ".properties";
        var properties = new Properties();
        try (var in = I18nBundleTest.class.getClassLoader().getResourceAsStream(file);
                var reader = new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
