package no.medvirk.xapi.validation;

import static no.medvirk.xapi.validation.Statements.paths;
import static no.medvirk.xapi.validation.Statements.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    private static final String SHA2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";

    private static String attachment(String usageType, String contentType, String more) {
        return """
                {"attachments": [{"usageType": "%s", "display": {"en-US": "A test attachment"},
                  "contentType": "%s", "length": 27, "sha2": "%s"%s}]}
                """.formatted(usageType, contentType, SHA2, more);
    }

    @Test
    void a_complete_attachment_is_accepted() {
        assertThat(paths(with(attachment("http://example.com/usage", "text/plain; charset=ascii",
                ", \"fileUrl\": \"http://over.there.com/file.txt\", \"description\": {\"es-MX\": \"x\"}")))).isEmpty();
    }

    @Test
    void attachments_must_be_an_array_of_objects() {
        assertThat(paths(with("{\"attachments\": {\"usageType\": \"http://e.org/u\"}}"))).containsExactly("attachments");
        assertThat(paths(with("{\"attachments\": [12345]}"))).containsExactly("attachments[0]");
    }

    @Test
    void usage_type_display_content_type_length_and_sha2_are_required() {
        assertThat(paths(with("{\"attachments\": [{}]}"))).containsExactly("attachments[0].usageType",
                "attachments[0].display", "attachments[0].contentType", "attachments[0].length", "attachments[0].sha2");
    }

    @Test
    void a_usage_type_must_be_an_iri_and_a_file_url_an_irl() {
        assertThat(paths(with(attachment("should fail", "text/plain", ", \"fileUrl\": \"should fail\""))))
                .containsExactly("attachments[0].usageType", "attachments[0].fileUrl");
    }

    @Test
    void a_content_type_must_be_an_internet_media_type() {
        assertThat(paths(with(attachment("http://e.org/u", "should fail", "")))).containsExactly("attachments[0].contentType");
    }

    @Test
    void a_length_must_be_a_non_negative_integer() {
        assertThat(paths(with(attachment("http://e.org/u", "text/plain", "").replace("27", "\"27\""))))
                .containsExactly("attachments[0].length");
        assertThat(paths(with(attachment("http://e.org/u", "text/plain", "").replace("27", "27.5"))))
                .containsExactly("attachments[0].length");
    }

    @Test
    void a_sha2_must_be_a_hex_hash_string() {
        assertThat(paths(with(attachment("http://e.org/u", "text/plain", "").replace("\"" + SHA2 + "\"", "12345"))))
                .containsExactly("attachments[0].sha2");
    }

    @Test
    void display_and_description_must_be_language_maps() {
        assertThat(paths(with(attachment("http://e.org/u", "text/plain", ", \"description\": \"should error\""))))
                .containsExactly("attachments[0].description");
        assertThat(paths(with(attachment("http://e.org/u", "text/plain", "").replace("en-US", "something"))))
                .containsExactly("attachments[0].display.something");
    }

    @Test
    void a_signature_attachment_must_be_application_octet_stream() {
        String signature = AttachmentRules.SIGNATURE;
        assertThat(paths(with(attachment(signature, "application/octet-stream", "")))).isEmpty();
        assertThat(paths(with(attachment(signature, "application/jose", ""))))
                .containsExactly("attachments[0].contentType");
    }

    @Test
    void an_unknown_attachment_property_is_rejected() {
        assertThat(paths(with(attachment("http://e.org/u", "text/plain", ", \"name\": \"x\""))))
                .containsExactly("attachments[0].name");
    }
}
