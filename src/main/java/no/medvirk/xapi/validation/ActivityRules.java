package no.medvirk.xapi.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Activities and their definitions, including the interaction components of cmi.interaction activities. */
final class ActivityRules {

    private static final Set<String> ACTIVITY_KEYS = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_KEYS = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT_KEYS = Set.of("id", "description");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    /** Which component lists each interaction type may carry (Data 2.4.4.1.1, Interaction Components table). */
    private static final Map<String, Set<String>> COMPONENTS_BY_TYPE = Map.of(
            "true-false", Set.of(),
            "choice", Set.of("choices"),
            "fill-in", Set.of(),
            "long-fill-in", Set.of(),
            "matching", Set.of("source", "target"),
            "performance", Set.of("steps"),
            "sequencing", Set.of("choices"),
            "likert", Set.of("scale"),
            "numeric", Set.of(),
            "other", Set.of());

    private static final String INTERACTION_TYPES = String.join(", ", COMPONENTS_BY_TYPE.keySet().stream().sorted().toList());

    private final Checks checks;

    ActivityRules(Checks checks) {
        this.checks = checks;
    }

    void activity(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        String type = checks.objectType(node, path);
        if (type != null && !type.equals("Activity")) {
            checks.fail(Paths.of(path, "objectType"), "must be Activity");
        }
        checks.onlyKeys(node, path, ACTIVITY_KEYS);
        checks.required(node, path, "id");
        checks.iri(node, path, "id");
        JsonNode definition = Checks.value(node, "definition");
        if (definition != null) {
            definition(definition, Paths.of(path, "definition"));
        }
    }

    private void definition(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, DEFINITION_KEYS);
        checks.languageMap(node, path, "name");
        checks.languageMap(node, path, "description");
        checks.iri(node, path, "type");
        checks.irl(node, path, "moreInfo");
        checks.extensions(node, path, "extensions");
        interaction(node, path);
    }

    private void interaction(JsonNode node, String path) {
        JsonNode type = Checks.value(node, "interactionType");
        String typePath = Paths.of(path, "interactionType");
        Set<String> allowed = Set.of();
        if (type != null && checks.isString(type, typePath)) {
            allowed = COMPONENTS_BY_TYPE.get(type.stringValue());
            if (allowed == null) {
                checks.fail(typePath, "must be one of " + INTERACTION_TYPES);
                allowed = Set.copyOf(COMPONENT_LISTS);
            }
        } else if (type == null && usesInteractionProperties(node)) {
            checks.fail(typePath, "is required with correctResponsesPattern or interaction components");
        }
        correctResponses(node, path);
        for (String list : COMPONENT_LISTS) {
            components(node, path, list, type == null || allowed.contains(list));
        }
    }

    private static boolean usesInteractionProperties(JsonNode node) {
        return node.has("correctResponsesPattern") || COMPONENT_LISTS.stream().anyMatch(node::has);
    }

    private void correctResponses(JsonNode node, String path) {
        JsonNode pattern = Checks.value(node, "correctResponsesPattern");
        String patternPath = Paths.of(path, "correctResponsesPattern");
        if (pattern == null) {
            return;
        }
        if (!pattern.isArray()) {
            checks.fail(patternPath, "must be an array of strings");
            return;
        }
        for (int i = 0; i < pattern.size(); i++) {
            if (!pattern.get(i).isNull()) {
                checks.isString(pattern.get(i), Paths.of(patternPath, i));
            }
        }
    }

    private void components(JsonNode node, String path, String list, boolean allowed) {
        JsonNode components = Checks.value(node, list);
        String listPath = Paths.of(path, list);
        if (components == null) {
            return;
        }
        if (!allowed) {
            checks.fail(listPath, "is not allowed for this interactionType");
        }
        if (!components.isArray()) {
            checks.fail(listPath, "must be an array of interaction components");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            component(components.get(i), Paths.of(listPath, i), ids);
        }
    }

    private void component(JsonNode node, String path, Set<String> seen) {
        if (node.isNull() || !checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, COMPONENT_KEYS);
        checks.required(node, path, "id");
        checks.languageMap(node, path, "description");
        JsonNode id = Checks.value(node, "id");
        String idPath = Paths.of(path, "id");
        if (id != null && checks.isString(id, idPath) && !seen.add(id.stringValue())) {
            checks.fail(idPath, "must be unique among the interaction components of this list");
        }
    }
}
