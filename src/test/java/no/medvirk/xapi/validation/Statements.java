package no.medvirk.xapi.validation;

import java.util.List;
import no.medvirk.xapi.XapiVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A valid statement to start from, and the paths the validator reports for a variation of it. */
final class Statements {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = """
            {
              "actor": {"mbox": "mailto:kari@example.no", "name": "Kari"},
              "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"nb-NO": "fullførte"}},
              "object": {"id": "https://medvirk.no/kurs/brukermedvirkning"}
            }
            """;

    private Statements() {}

    /** The base statement with these top-level properties added or replaced. */
    static JsonNode with(String properties) {
        ObjectNode statement = (ObjectNode) JSON.readTree(BASE);
        statement.setAll((ObjectNode) JSON.readTree(properties));
        return statement;
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    static List<String> paths(JsonNode statement, XapiVersion version) {
        return new StatementValidator().validate(statement, version).stream().map(Violation::path).toList();
    }

    static List<String> paths(JsonNode statement) {
        return paths(statement, XapiVersion.V1_0_3);
    }

    static List<String> paths2(JsonNode statement) {
        return paths(statement, XapiVersion.V2_0_0);
    }
}
