package no.medvirk.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en-US", "zh-Hant", "sr-Latn-RS", "cmn", "es-419", "zh-Hans-CN", "ase",
        "de-CH-1901", "en-a-bbb-x-a-ccc", "x-whatever", "i-klingon", "nb-NO"})
    void valid_language_tags_are_accepted(String tag) {
        assertThat(LanguageTags.isValid(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"something", "", "en-", "e", "zh-z-aaa-z-bbb-c-ccc", "de-1901-1901", "en_US", "en-US-x"})
    void invalid_language_tags_are_rejected(String tag) {
        assertThat(LanguageTags.isValid(tag)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "P1DT12H",
        "PT0.5S"})
    void valid_durations_are_accepted(String duration) {
        assertThat(Durations.isValid(duration)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PA1H0M0S", "P4W1D", "P", "PT", "P1.5DT2H", "P0003-01-29T04:35:59", "should fail", "1H",
        "P1D T2H"})
    void invalid_durations_are_rejected(String duration) {
        assertThat(Durations.isValid(duration)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/a", "https://medvirk.no/kurs?id=1#del", "urn:uuid:fd41c918",
        "mailto:kari@example.no", "https://eksempel.no/kurs/ærlighet", "tag:example.org,2026:x"})
    void absolute_iris_are_accepted(String iri) {
        assertThat(Iris.isAbsoluteIri(iri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "should fail", "/relative/path", "http://", "http:// example.com", "1http://x.org",
        "http://x.org/%zz", "http://x.org/<a>", ""})
    void relative_or_malformed_iris_are_rejected(String iri) {
        assertThat(Iris.isAbsoluteIri(iri)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain; charset=ascii", "application/octet-stream",
        "multipart/mixed; boundary=\"abc def\"", "application/vnd.medvirk+json"})
    void media_types_are_accepted(String type) {
        assertThat(MediaTypes.isValid(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"should fail", "text", "text/", "/plain", "text/plain;", "text/plain; charset"})
    void malformed_media_types_are_rejected(String type) {
        assertThat(MediaTypes.isValid(type)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "FD41C918-B88B-4B20-A0A5-A4C32391AAA0"})
    void canonical_uuids_in_either_case_are_accepted(String uuid) {
        assertThat(Uuids.isUuid(uuid)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fd41c918b88b4b20a0a5a4c32391aaa0", "{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}",
        "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "fd41c918-b88b-4b20-a0a5-a4c32391aaa"})
    void other_uuid_spellings_are_rejected(String uuid) {
        assertThat(Uuids.isUuid(uuid)).isFalse();
    }
}
