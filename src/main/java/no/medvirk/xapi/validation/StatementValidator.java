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
}
