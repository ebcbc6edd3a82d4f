package no.medvirk.xapi.validation;

import java.util.List;
import no.medvirk.xapi.XapiVersion;
import tools.jackson.databind.JsonNode;

/** Checks a statement, as sent by a client, against every rule of the xAPI specification for the version. */
public final class StatementValidator {

    /** The broken rules, in the order found; an empty list means the statement is valid. */
    public List<Violation> validate(JsonNode statement, XapiVersion version) {
        Checks checks = new Checks(version);
        NullRule.check(statement, "", checks);
        new StatementRules(checks).statement(statement);
        return checks.found();
    }

    /** The broken rules of an Agent or Group given on its own, as in the agent query parameter. */
    public List<Violation> validateAgent(JsonNode agent) {
        Checks checks = new Checks(XapiVersion.V2_0_0);
        NullRule.check(agent, "", checks);
        new ActorRules(checks).actor(agent, "");
        return checks.found();
    }
}
