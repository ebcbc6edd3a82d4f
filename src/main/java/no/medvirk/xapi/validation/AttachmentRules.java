package no.medvirk.xapi.validation;

import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The attachments' metadata as it appears in the statement; the parts themselves are checked where they arrive. */
final class AttachmentRules {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Set<String> KEYS = Set.of("usageType", "display", "description", "contentType", "length",
            "sha2", "fileUrl");
    /** SHA-224, -256, -384 or -512 as hex. */
    private static final Pattern SHA2 = Pattern.compile("[0-9A-Fa-f]{56}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{96}|[0-9A-Fa-f]{128}");

    private final Checks checks;

    AttachmentRules(Checks checks) {
        this.checks = checks;
    }

    void attachments(JsonNode node, String path) {
        if (!node.isArray()) {
            checks.fail(path, "must be an array of attachments");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isNull()) {
                attachment(node.get(i), Paths.of(path, i));
            }
        }
    }

    private void attachment(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, KEYS);
        checks.required(node, path, "usageType", "display", "contentType", "length", "sha2");
        checks.iri(node, path, "usageType");
        checks.languageMap(node, path, "display");
        checks.languageMap(node, path, "description");
        checks.irl(node, path, "fileUrl");
        contentType(node, path);
        length(node, path);
        sha2(node, path);
    }

    /** A signature is a JWS, which the specification requires be sent as application/octet-stream (Data 2.6). */
    private void contentType(JsonNode node, String path) {
        JsonNode type = Checks.value(node, "contentType");
        String typePath = Paths.of(path, "contentType");
        if (type == null || !checks.isString(type, typePath)) {
            return;
        }
        if (!MediaTypes.isValid(type.stringValue())) {
            checks.fail(typePath, "must be an Internet media type such as text/plain");
        } else if (isSignature(node) && !type.stringValue().equals("application/octet-stream")) {
            checks.fail(typePath, "must be application/octet-stream for a signature");
        }
    }

    private static boolean isSignature(JsonNode node) {
        JsonNode usage = node.get("usageType");
        return usage != null && usage.isString() && usage.stringValue().equals(SIGNATURE);
    }

    private void length(JsonNode node, String path) {
        JsonNode length = Checks.value(node, "length");
        if (length != null && (!length.isIntegralNumber() || length.decimalValue().signum() < 0)) {
            checks.fail(Paths.of(path, "length"), "must be a whole number of octets");
        }
    }

    private void sha2(JsonNode node, String path) {
        JsonNode sha2 = Checks.value(node, "sha2");
        String sha2Path = Paths.of(path, "sha2");
        if (sha2 != null && checks.isString(sha2, sha2Path) && !SHA2.matcher(sha2.stringValue()).matches()) {
            checks.fail(sha2Path, "must be a SHA-2 hash in hexadecimal");
        }
    }
}
