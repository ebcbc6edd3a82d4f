package no.medvirk.xapi;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules that tie a statement's attachments to the parts of its request: every attachment without a fileUrl has
 * its part, every part belongs to an attachment, each part's bytes hash to what it says, and a signature
 * attachment is a JWS (RS256/384/512) whose payload is the statement.
 */
final class Attachments {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Set<JWSAlgorithm> SIGNING = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private Attachments() {}

    static void check(List<JsonNode> statements, Map<String, AttachmentPart> parts) {
        parts.values().forEach(Attachments::requireHashMatches);
        Set<String> used = new HashSet<>();
        for (JsonNode statement : statements) {
            for (JsonNode attachment : statement.path("attachments")) {
                String sha2 = XapiJson.text(attachment, "sha2");
                AttachmentPart part = sha2 == null ? null : parts.get(sha2);
                if (part == null && !attachment.has("fileUrl")) {
                    throw XapiException.badRequest("Attachment " + sha2 + " has neither a fileUrl nor a part in the request");
                }
                if (part != null) {
                    used.add(sha2);
                    if (SIGNATURE.equals(XapiJson.text(attachment, "usageType"))) {
                        requireSignatureOf(statement, part);
                    }
                }
            }
        }
        parts.keySet().stream().filter(sha2 -> !used.contains(sha2)).findFirst().ifPresent(sha2 -> {
            throw XapiException.badRequest("The part with hash " + sha2 + " belongs to no attachment");
        });
    }

    private static void requireHashMatches(AttachmentPart part) {
        String algorithm = switch (part.sha2().length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> throw XapiException.badRequest("X-Experience-API-Hash " + part.sha2() + " is not a SHA-2 hash");
        };
        if (!hash(algorithm, part.content()).equalsIgnoreCase(part.sha2())) {
            throw XapiException.badRequest("The part's content does not hash to " + part.sha2());
        }
    }

    /** The JWS's payload must be the statement as it was before the signature was attached. */
    private static void requireSignatureOf(JsonNode statement, AttachmentPart part) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(part.content(), StandardCharsets.US_ASCII).strip());
        } catch (ParseException e) {
            throw XapiException.badRequest("The signature attachment is not a JWS: " + e.getMessage());
        }
        if (!SIGNING.contains(jws.getHeader().getAlgorithm())) {
            throw XapiException.badRequest("A statement signature must use RS256, RS384 or RS512");
        }
        JsonNode payload;
        try {
            payload = XapiJson.parse(jws.getPayload().toString());
        } catch (XapiException e) {
            throw XapiException.badRequest("The signature's payload is not a statement");
        }
        if (!sameSigned(payload, statement)) {
            throw XapiException.badRequest("The signature's payload is not this statement");
        }
        var chain = jws.getHeader().getX509CertChain();
        if (chain != null && !chain.isEmpty()) {
            try {
                var certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(chain.getFirst().decode()));
                if (!jws.verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey()))) {
                    throw XapiException.badRequest("The signature does not verify with the certificate it names");
                }
            } catch (XapiException e) {
                throw e;
            } catch (Exception e) {
                throw XapiException.badRequest("The signature's certificate cannot be used: " + e.getMessage());
            }
        }
    }

    /** Equal but for what signing and storing add: the attachments (which hold the signature), id, authority, stored. */
    private static boolean sameSigned(JsonNode payload, JsonNode statement) {
        if (!(payload instanceof ObjectNode signed)) {
            return false;
        }
        ObjectNode a = signed.deepCopy();
        ObjectNode b = (ObjectNode) statement.deepCopy();
        for (String property : List.of("attachments", "authority", "stored", "version")) {
            a.remove(property);
            b.remove(property);
        }
        if (!a.has("id")) {
            b.remove("id");
        }
        return a.equals(b);
    }

    static String hash(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
