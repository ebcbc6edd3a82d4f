package no.medvirk.xapi.validation;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A verb is an IRI and, optionally, how to show it in each language. */
final class VerbRules {

    private static final Set<String> KEYS = Set.of("id", "display");

    private final Checks checks;

    VerbRules(Checks checks) {
        this.checks = checks;
    }

    void verb(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, KEYS);
        checks.required(node, path, "id");
        checks.iri(node, path, "id");
        checks.languageMap(node, path, "display");
    }
}
