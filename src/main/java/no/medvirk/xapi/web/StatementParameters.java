package no.medvirk.xapi.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiException;
import org.jspecify.annotations.Nullable;

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
        return Parameters.uuid(name, value);
    }

    StatementQuery query() {
        return new StatementQuery(agent(), iri("verb"), iri("activity"), optionalUuid("registration"),
                bool("related_activities"), bool("related_agents"), instant("since"), instant("until"),
                nonNegative("limit"), bool("ascending"), optionalUuid("cursor"), null);
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
        return value == null ? null : Parameters.agent("agent", value);
    }

    private @Nullable String iri(String name) {
        return Parameters.iri(name, parameters.get(name));
    }

    private @Nullable UUID optionalUuid(String name) {
        String value = parameters.get(name);
        return value == null ? null : Parameters.uuid(name, value);
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
        return Parameters.instant(name, parameters.get(name));
    }
}
