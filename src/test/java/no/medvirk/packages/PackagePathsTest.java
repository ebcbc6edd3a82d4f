package no.medvirk.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a manifest's references become paths in the package, and which ones would leave it. */
class PackagePathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                  | index.html                | index.html        | ''",
        "innhold/           | a/b.html?x=1#y            | innhold/a/b.html  | ?x=1#y",
        "innhold            | b.html                    | innhold/b.html    | ''",
        "innhold/,del 1/    | start%20her.html          | innhold/del 1/start her.html | ''",
        "innhold/           | ../felles/stil.css        | felles/stil.css   | ''",
        "-                  | ./a/./b.html              | a/b.html          | ''"})
    void a_reference_resolves_against_its_xml_bases(String bases, String href, String path, String suffix)
            throws Exception {
        var ref = PackagePaths.resolve(bases == null ? List.of() : Arrays.asList(bases.split(",")), href);

        assertThat(ref).isEqualTo(new PackagePaths.Local(path, suffix));
    }

    @Test
    void a_web_address_is_external() throws Exception {
        assertThat(PackagePaths.resolve(List.of(), "https://example.org/au.html?x=1"))
                .isEqualTo(new PackagePaths.External("https://example.org/au.html?x=1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../a.html", "a/../../b.html", "/etc/passwd", "C:/a.html", "c:a.html", "a\\b.html",
            "file:///etc/passwd", "javascript:alert(1)", "%2e%2e/a.html", "a%5cb.html", "a%00.html", "", "."})
    void a_reference_that_would_leave_the_package_is_unsafe(String href) {
        assertThatThrownBy(() -> PackagePaths.resolve(List.of(), href)).isInstanceOf(PackagePaths.Unsafe.class);
    }

    @Test
    void an_xml_base_with_a_scheme_or_too_many_dots_is_unsafe() {
        assertThatThrownBy(() -> PackagePaths.resolve(List.of("file:///"), "a.html"))
                .isInstanceOf(PackagePaths.Unsafe.class);
        assertThatThrownBy(() -> PackagePaths.resolve(List.of("../"), "a.html"))
                .isInstanceOf(PackagePaths.Unsafe.class);
    }

    @Test
    void a_stored_path_is_safe_only_in_its_plain_form() {
        assertThat(PackagePaths.safe("a/b.html")).isTrue();
        assertThat(PackagePaths.safe("a//b.html")).isFalse();
        assertThat(PackagePaths.safe("a/../b.html")).isFalse();
        assertThat(PackagePaths.safe("/a.html")).isFalse();
        assertThat(PackagePaths.safe("")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "a.html       | -              | a.html",
        "a.html       | ?x=1           | a.html?x=1",
        "a.html       | &x=1           | a.html?x=1",
        "a.html?y=2   | ?x=1           | a.html?y=2&x=1",
        "a.html       | #kap2          | a.html#kap2",
        "a.html#kap1  | #kap2          | a.html#kap1",
        "a.html       | ??             | a.html"})
    void item_parameters_are_added_as_scorm_says(String url, String parameters, String launch) {
        assertThat(ScormManifestReader.withParameters(url, parameters)).isEqualTo(launch);
    }
}
