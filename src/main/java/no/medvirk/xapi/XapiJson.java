package no.medvirk.xapi;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the LRS reads and writes JSON: strictly (a duplicate key or trailing text is a bad request) and without
 * changing what was sent, so a statement comes back in {@code exact} format as it went in.
 */
public final class XapiJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private XapiJson() {}

    /** Parses a request body; malformed JSON is the client's error (400), with the parser's reason. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw XapiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The text of a string property, or null when it is absent or not a string. */
    public static @Nullable String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
