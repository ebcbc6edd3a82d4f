package no.medvirk.xapi;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One page of statements, as stored JSON text (to send on as it is in the exact format), and the query for the next
 * page when there is more.
 */
public record StatementPage(List<String> json, Optional<StatementQuery> more) {

    public List<JsonNode> statements() {
        return json.stream().map(XapiJson::parse).toList();
    }
}
