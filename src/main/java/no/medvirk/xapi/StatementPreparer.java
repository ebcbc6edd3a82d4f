package no.medvirk.xapi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the LRS adds to a valid statement before storing it, as the specification says, and nothing else. */
final class StatementPreparer {

    /** Properties the LRS sets; a statement sent again is the same statement whatever they say. */
    static final List<String> SET_BY_LRS = List.of("stored", "authority");

    private StatementPreparer() {}

    static ObjectNode prepare(JsonNode sent, JsonNode authority, XapiVersion version, Instant now) {
        ObjectNode statement = (ObjectNode) sent.deepCopy();
        if (!statement.has("id")) {
            statement.put("id", UUID.randomUUID().toString());
        }
        String stored = now.toString();
        statement.put("stored", stored);
        if (!statement.has("timestamp")) {
            statement.put("timestamp", stored);
        }
        statement.set("authority", authority.deepCopy());
        if (!statement.has("version")) {
            statement.put("version", version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
        }
        return statement;
    }

    /**
     * When the statement happened, for the narrow column; the JSON keeps the text exactly as sent. A timestamp
     * without an offset (allowed by 1.0.3) is taken as UTC.
     */
    static Instant timestamp(JsonNode statement) {
        String text = statement.get("timestamp").stringValue();
        try {
            return OffsetDateTime.parse(text, java.time.format.DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (java.time.format.DateTimeParseException withoutOffset) {
            return java.time.LocalDateTime.parse(text, java.time.format.DateTimeFormatter.ISO_DATE_TIME)
                    .toInstant(java.time.ZoneOffset.UTC);
        }
    }

    /** Whether a statement sent again is the one stored: equal but for what the LRS set or filled in. */
    static boolean sameStatement(JsonNode sent, JsonNode stored) {
        ObjectNode a = (ObjectNode) sent.deepCopy();
        ObjectNode b = (ObjectNode) stored.deepCopy();
        for (String property : SET_BY_LRS) {
            a.remove(property);
            b.remove(property);
        }
        for (String filled : List.of("timestamp", "version")) {
            if (!sent.has(filled)) {
                b.remove(filled);
            }
        }
        return a.equals(b);
    }
}
