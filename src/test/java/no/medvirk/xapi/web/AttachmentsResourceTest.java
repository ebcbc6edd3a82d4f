package no.medvirk.xapi.web;

import static no.medvirk.xapi.XapiHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import no.medvirk.xapi.XapiHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Statements with attachments in multipart/mixed, and signed statements. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttachmentsResourceTest {

    static final String BOUNDARY = "medvirk-test-boundary";

    @LocalServerPort
    int port;

    XapiHttp xapi;

    @BeforeEach
    void client() {
        xapi = new XapiHttp(port);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static String statement(String usageType, String contentType, int length, String sha2) {
        return """
                {"actor": {"mbox": "mailto:att@example.no"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
                 "object": {"id": "https://medvirk.no/activities/attachments"},
                 "attachments": [{"usageType": "%s", "display": {"nb-NO": "Vedlegg"}, "contentType": "%s",
                                  "length": %d, "sha2": "%s"}]}""".formatted(usageType, contentType, length, sha2);
    }

    static byte[] multipart(String json, String... parts) {
        var out = new ByteArrayOutputStream();
        write(out, "--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n");
        for (String part : parts) {
            write(out, "--" + BOUNDARY + "\r\n" + part + "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    static String part(String contentType, String sha2, String content, boolean binary) {
        return "Content-Type: " + contentType + "\r\n" + (binary ? "Content-Transfer-Encoding: binary\r\n" : "")
                + "X-Experience-API-Hash: " + sha2 + "\r\n\r\n" + content;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(byte[] body) {
        return xapi.send(xapi.request("/xapi/statements")
                .header("Content-Type", "multipart/mixed; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void an_attachment_is_stored_and_returned_with_its_statement() throws Exception {
        String text = "Refleksjon: medvirkning " + UUID.randomUUID();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        String sha2 = sha256(content);
        var posted = post(multipart(statement("http://id.tincanapi.com/attachment/supporting_media", "text/plain",
                content.length, sha2), part("text/plain", sha2, text, true)));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String id = json(posted).get(0).stringValue();

        var fetched = xapi.get("/xapi/statements?attachments=true&statementId=" + id);

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("multipart/mixed").contains("boundary"));
        assertThat(fetched.body()).contains(text, "X-Experience-API-Hash: " + sha2, "\"id\":\"" + id + "\"");
    }

    @Test
    void an_attachment_without_its_part_is_refused() throws Exception {
        String sha2 = sha256("missing".getBytes(StandardCharsets.UTF_8));
        var response = xapi.post("/xapi/statements", statement("http://x.no/usage", "text/plain", 7, sha2));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void a_part_whose_content_does_not_match_its_hash_is_refused() throws Exception {
        String sha2 = sha256("the real content".getBytes(StandardCharsets.UTF_8));
        var response = post(multipart(statement("http://x.no/usage", "text/plain", 16, sha2),
                part("text/plain", sha2, "something else!!", true)));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void a_part_that_belongs_to_no_attachment_is_refused() throws Exception {
        byte[] content = "stray".getBytes(StandardCharsets.UTF_8);
        String json = "{\"actor\": {\"mbox\": \"mailto:a@example.no\"}, \"verb\": {\"id\": \"http://x.no/v\"},"
                + " \"object\": {\"id\": \"http://x.no/o\"}}";
        var response = post(multipart(json, part("text/plain", sha256(content), "stray", true)));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void a_part_without_binary_transfer_encoding_is_refused() throws Exception {
        byte[] content = "text".getBytes(StandardCharsets.UTF_8);
        String sha2 = sha256(content);
        var response = post(multipart(statement("http://x.no/usage", "text/plain", 4, sha2),
                part("text/plain", sha2, "text", false)));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void a_statement_signed_with_rs256_over_itself_is_accepted() throws Exception {
        var response = signed(JWSAlgorithm.RS256, false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void a_signature_over_another_statement_is_refused() throws Exception {
        assertThat(signed(JWSAlgorithm.RS256, true).statusCode()).isEqualTo(400);
    }

    @Test
    void a_signature_with_an_hmac_algorithm_is_refused() throws Exception {
        assertThat(signed(JWSAlgorithm.HS256, false).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> signed(JWSAlgorithm algorithm, boolean tamper) throws Exception {
        String original = """
                {"actor": {"mbox": "mailto:signer@example.no"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                 "object": {"id": "https://medvirk.no/activities/signed"}}""";
        String payload = tamper ? original.replace("passed", "failed") : original;
        var jws = new JWSObject(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JOSE).build(),
                new Payload(payload));
        if (algorithm == JWSAlgorithm.HS256) {
            jws.sign(new MACSigner("a-shared-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8)));
        } else {
            var keys = KeyPairGenerator.getInstance("RSA");
            keys.initialize(2048);
            jws.sign(new RSASSASigner(keys.generateKeyPair().getPrivate()));
        }
        byte[] signature = jws.serialize().getBytes(StandardCharsets.US_ASCII);
        String sha2 = sha256(signature);
        String statement = original.substring(0, original.lastIndexOf('}')) + ", \"attachments\": [{\"usageType\": "
                + "\"http://adlnet.gov/expapi/attachments/signature\", \"display\": {\"en-US\": \"Signature\"}, "
                + "\"contentType\": \"application/octet-stream\", \"length\": " + signature.length + ", \"sha2\": \""
                + sha2 + "\"}]}";
        return post(multipart(statement, part("application/octet-stream", sha2, jws.serialize(), true)));
    }
}
