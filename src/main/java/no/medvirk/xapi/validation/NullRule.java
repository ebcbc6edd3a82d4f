package no.medvirk.xapi.validation;

import tools.jackson.databind.JsonNode;

/**
 * The specification forbids null as the value of any property except inside extensions (Data 2.2, XAPI-00001), so one
 * walk over the whole statement finds them all and the other rules can treat a null as absent.
 */
final class NullRule {

    private NullRule() {}

    static void check(JsonNode node, String path, Checks checks) {
        if (node.isObject()) {
            node.forEachEntry((key, value) -> visit(value, Paths.of(path, key), key, checks));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), Paths.of(path, i), "", checks);
            }
        }
    }

    private static void visit(JsonNode value, String path, String key, Checks checks) {
        if (value.isNull()) {
            checks.fail(path, "must not be null");
        } else if (!key.equals("extensions")) {
            check(value, path, checks);
        }
    }
}
