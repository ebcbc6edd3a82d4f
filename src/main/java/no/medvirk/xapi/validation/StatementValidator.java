package no.medvirk.xapi.validation;

import java.util.ArrayList;
import java.util.List;
import no.medvirk.xapi.XapiVersion;
import tools.jackson.databind.JsonNode;

/** Checks a statement, as sent by a client, against every rule of the xAPI specification for the version. */
public final class StatementValidator {

    /** The broken rules, in the order found; an empty list means the statement is valid. */
    public List<Violation> validate(JsonNode statement, XapiVersion version) {
        List<Violation> violations = new ArrayList<>();
        if (!statement.isObject()) {
            violations.add(new Violation("", "a statement must be a JSON object"));
            return violations;
        }
        for (String required : List.of("actor", "verb", "object")) {
            if (!statement.has(required)) {
                violations.add(new Violation(required, "is required"));
            }
        }
        return violations;
    }

    /** The broken rules of an Agent or Group given on its own, as in the agent query parameter. */
    public List<Violation> validateAgent(JsonNode agent) {
        return agent.isObject() ? List.of() : List.of(new Violation("", "an agent must be a JSON object"));
    }
}
