package no.medvirk.xapi;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** One page of statements, and the query for the next page when there is more. */
public record StatementPage(List<JsonNode> statements, Optional<StatementQuery> more) {}
