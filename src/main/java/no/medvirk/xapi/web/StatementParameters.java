package no.medvirk.xapi.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.validation.StatementValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads and checks the query parameters of GET /xapi/statements; anything unknown or malformed is a 400. */
final class StatementParameters {

    static final Set<String> SINGLE = Set.of("statementId", "voidedStatementId");
    static final Set<String> ALWAYS_ALLOWED = Set.of("attachments", "format");
    static final Set<String> QUERY = Set.of("agent", "verb", "activity", "registration", "related_activities",
            "related_agents", "since", "until", "limit", "ascending", "cursor");

    private final Map<String, String> parameters;

    StatementParameters(Map<String, String> parameters) {
        this.parameters = parameters;
        for (String name : parameters.keySet()) {
            if (!SINGLE.contains(name) && !ALWAYS_ALLOWED.contains(name) && !QUERY.contains(name)) {
                throw XapiException.badRequest("Unknown parameter " + name);
            }
        }
    }

    /** The statementId or voidedStatementId asked for, which may only come with attachments and format. */
    @Nullable UUID single(String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        if (parameters.keySet().stream().anyMatch(p -> !p.equals(name) && !ALWAYS_ALLOWED.contains(p))) {
            throw XapiException.badRequest(name + " cannot be combined with other parameters than attachments and format");
        }
        return uuid(name, value);
    }

    StatementQuery query() {
        return new StatementQuery(agent(), iri("verb"), iri("activity"), optionalUuid("registration"),
                bool("related_activities"), bool("related_agents"), instant("since"), instant("until"),
                nonNegative("limit"), bool("ascending"), optionalUuid("cursor"));
    }

    String format() {
        String format = parameters.getOrDefault("format", "exact");
        if (!Set.of("exact", "ids", "canonical").contains(format)) {
            throw XapiException.badRequest("format must be exact, ids or canonical");
        }
        return format;
    }

    boolean attachments() {
        return bool("attachments");
    }

    private @Nullable String agent() {
        String value = parameters.get("agent");
        if (value == null) {
            return null;
        }
        JsonNode agent = XapiJson.parse(value);
        var violations = new StatementValidator().validateAgent(agent);
        if (!violations.isEmpty()) {
            throw new XapiException(400, "agent is not a valid Agent or identified Group", violations);
        }
        return no.medvirk.xapi.AgentIdentifier.of(agent)
                .orElseThrow(() -> XapiException.badRequest("agent needs an inverse functional identifier"));
    }

    private @Nullable String iri(String name) {
        String value = parameters.get(name);
        if (value != null && !value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+")) {
            throw XapiException.badRequest(name + " must be an IRI");
        }
        return value;
    }

    private @Nullable UUID optionalUuid(String name) {
        String value = parameters.get(name);
        return value == null ? null : uuid(name, value);
    }

    private static UUID uuid(String name, String value) {
        if (!value.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw XapiException.badRequest(name + " must be a UUID");
        }
        return UUID.fromString(value);
    }

    private boolean bool(String name) {
        String value = parameters.getOrDefault(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw XapiException.badRequest(name + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private int nonNegative(String name) {
        String value = parameters.getOrDefault(name, "0");
        if (!value.matches("\\d{1,9}")) {
            throw XapiException.badRequest(name + " must be a whole number, zero or more");
        }
        return Integer.parseInt(value);
    }

    private @Nullable Instant instant(String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw XapiException.badRequest(name + " must be an ISO 8601 timestamp with a time zone");
        }
    }
}
