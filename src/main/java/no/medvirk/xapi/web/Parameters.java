package no.medvirk.xapi.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import no.medvirk.xapi.AgentIdentifier;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.validation.StatementValidator;
import org.jspecify.annotations.Nullable;

/** The shapes of xAPI request parameters, each checked once: a malformed one is a 400 that names it. */
final class Parameters {

    private Parameters() {}

    static UUID uuid(String name, String value) {
        if (!value.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw XapiException.badRequest(name + " must be a UUID");
        }
        return UUID.fromString(value);
    }

    static @Nullable String iri(String name, @Nullable String value) {
        if (value != null && !value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
            throw XapiException.badRequest(name + " must be an IRI");
        }
        return value;
    }

    static @Nullable Instant instant(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw XapiException.badRequest(name + " must be an ISO 8601 timestamp with a time zone");
        }
    }

    /** An agent given as JSON, as the store keys it (its inverse functional identifier). */
    static String agent(String name, String json) {
        var agent = XapiJson.parse(json);
        var violations = new StatementValidator().validateAgent(agent);
        if (!violations.isEmpty()) {
            throw new XapiException(400, name + " is not a valid Agent or identified Group", violations);
        }
        return AgentIdentifier.of(agent)
                .orElseThrow(() -> XapiException.badRequest(name + " needs an inverse functional identifier"));
    }
}
