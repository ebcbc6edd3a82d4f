package no.medvirk.xapi.validation;

import java.util.HashSet;
import java.util.Set;
import no.medvirk.xapi.XapiVersion;
import tools.jackson.databind.JsonNode;

/** The context of a statement: who else took part, in which activities, and where. */
final class ContextRules {

    private static final Set<String> KEYS_1_0 = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> KEYS_2_0 = union(KEYS_1_0, Set.of("contextAgents", "contextGroups"));
    private static final Set<String> ACTIVITY_KINDS = Checks.ordered("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_AGENT_KEYS = Set.of("objectType", "agent", "relevantTypes");
    private static final Set<String> CONTEXT_GROUP_KEYS = Set.of("objectType", "group", "relevantTypes");

    private final Checks checks;
    private final ActorRules actors;
    private final ActivityRules activities;
    private final ObjectRules objects;

    ContextRules(Checks checks, ActorRules actors, ActivityRules activities, ObjectRules objects) {
        this.checks = checks;
        this.actors = actors;
        this.activities = activities;
        this.objects = objects;
    }

    void context(JsonNode node, String path, boolean objectIsActivity) {
        if (!checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, checks.version() == XapiVersion.V2_0_0 ? KEYS_2_0 : KEYS_1_0);
        checks.uuid(node, path, "registration");
        checks.string(node, path, "revision");
        checks.string(node, path, "platform");
        checks.languageTag(node, path, "language");
        checks.extensions(node, path, "extensions");
        activityOnly(node, path, objectIsActivity);
        people(node, path);
        JsonNode statement = Checks.value(node, "statement");
        if (statement != null) {
            objects.statementRef(statement, Paths.of(path, "statement"));
        }
        contextActivities(node, path);
        contextAgents(node, path);
        contextGroups(node, path);
    }

    /** Revision and platform describe an activity, so they mean nothing when the object is not one (Data 2.4.6). */
    private void activityOnly(JsonNode node, String path, boolean objectIsActivity) {
        for (String key : new String[] {"revision", "platform"}) {
            if (!objectIsActivity && Checks.value(node, key) != null) {
                checks.fail(Paths.of(path, key), "is allowed only when the statement's object is an Activity");
            }
        }
    }

    private void people(JsonNode node, String path) {
        JsonNode instructor = Checks.value(node, "instructor");
        if (instructor != null) {
            actors.actor(instructor, Paths.of(path, "instructor"));
        }
        JsonNode team = Checks.value(node, "team");
        if (team != null) {
            actors.group(team, Paths.of(path, "team"));
        }
    }

    /** A single Activity is accepted where an array belongs: 1.0 clients sent that, and LRSs must still take it. */
    private void contextActivities(JsonNode node, String path) {
        JsonNode map = Checks.value(node, "contextActivities");
        String mapPath = Paths.of(path, "contextActivities");
        if (map == null || !checks.isObject(map, mapPath)) {
            return;
        }
        checks.onlyKeys(map, mapPath, ACTIVITY_KINDS);
        for (String kind : ACTIVITY_KINDS) {
            JsonNode value = Checks.value(map, kind);
            String kindPath = Paths.of(mapPath, kind);
            if (value == null) {
                continue;
            }
            if (!value.isArray()) {
                activities.activity(value, kindPath);
                continue;
            }
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isNull()) {
                    activities.activity(value.get(i), Paths.of(kindPath, i));
                }
            }
        }
    }

    private void contextAgents(JsonNode node, String path) {
        JsonNode list = Checks.value(node, "contextAgents");
        String listPath = Paths.of(path, "contextAgents");
        if (list == null || !isArray(list, listPath)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String itemPath = Paths.of(listPath, i);
            JsonNode item = list.get(i);
            if (!item.isNull() && typed(item, itemPath, "contextAgent", CONTEXT_AGENT_KEYS, "agent")) {
                JsonNode agent = Checks.value(item, "agent");
                if (agent != null) {
                    actors.agent(agent, Paths.of(itemPath, "agent"));
                }
            }
        }
    }

    private void contextGroups(JsonNode node, String path) {
        JsonNode list = Checks.value(node, "contextGroups");
        String listPath = Paths.of(path, "contextGroups");
        if (list == null || !isArray(list, listPath)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String itemPath = Paths.of(listPath, i);
            JsonNode item = list.get(i);
            if (!item.isNull() && typed(item, itemPath, "contextGroup", CONTEXT_GROUP_KEYS, "group")) {
                JsonNode group = Checks.value(item, "group");
                if (group != null) {
                    actors.group(group, Paths.of(itemPath, "group"));
                }
            }
        }
    }

    /** The common shape of contextAgent and contextGroup objects: fixed objectType, one actor, relevantTypes IRIs. */
    private boolean typed(JsonNode item, String path, String objectType, Set<String> keys, String actorKey) {
        if (!checks.isObject(item, path)) {
            return false;
        }
        checks.onlyKeys(item, path, keys);
        checks.required(item, path, "objectType", actorKey);
        String type = checks.objectType(item, path);
        if (type != null && !type.equals(objectType)) {
            checks.fail(Paths.of(path, "objectType"), "must be " + objectType);
        }
        relevantTypes(item, path);
        return true;
    }

    private void relevantTypes(JsonNode item, String path) {
        JsonNode types = Checks.value(item, "relevantTypes");
        String typesPath = Paths.of(path, "relevantTypes");
        if (types == null || !isArray(types, typesPath)) {
            return;
        }
        if (types.isEmpty()) {
            checks.fail(typesPath, "must not be empty");
        }
        for (int i = 0; i < types.size(); i++) {
            JsonNode type = types.get(i);
            if (!type.isNull()) {
                checks.iriValue(type, Paths.of(typesPath, i));
            }
        }
    }

    private boolean isArray(JsonNode node, String path) {
        if (node.isArray()) {
            return true;
        }
        checks.fail(path, "must be an array");
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
