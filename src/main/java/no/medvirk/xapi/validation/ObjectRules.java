package no.medvirk.xapi.validation;

import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** A statement's object: an Activity unless objectType says Agent, Group, StatementRef or SubStatement. */
final class ObjectRules {

    /** What the object turned out to be; context rules depend on it. */
    enum Kind { ACTIVITY, ACTOR, STATEMENT_REF, SUB_STATEMENT, UNKNOWN }

    private static final Set<String> REF_KEYS = Set.of("objectType", "id");

    private final Checks checks;
    private final ActorRules actors;
    private final ActivityRules activities;
    private final BiConsumer<JsonNode, String> subStatements;

    ObjectRules(Checks checks, ActorRules actors, ActivityRules activities, BiConsumer<JsonNode, String> subStatements) {
        this.checks = checks;
        this.actors = actors;
        this.activities = activities;
        this.subStatements = subStatements;
    }

    static Kind kindOf(JsonNode object) {
        JsonNode type = object.get("objectType");
        if (!object.isObject() || type != null && !type.isNull() && !type.isString()) {
            return Kind.UNKNOWN;
        }
        String name = type == null || type.isNull() ? "Activity" : type.stringValue();
        return switch (name) {
            case "Activity" -> Kind.ACTIVITY;
            case "Agent", "Group" -> Kind.ACTOR;
            case "StatementRef" -> Kind.STATEMENT_REF;
            case "SubStatement" -> Kind.SUB_STATEMENT;
            default -> Kind.UNKNOWN;
        };
    }

    void object(JsonNode node, String path, boolean insideSubStatement) {
        if (!checks.isObject(node, path)) {
            return;
        }
        switch (kindOf(node)) {
            case ACTIVITY -> activities.activity(node, path);
            case ACTOR -> actors.actor(node, path);
            case STATEMENT_REF -> statementRef(node, path);
            case SUB_STATEMENT -> subStatement(node, path, insideSubStatement);
            case UNKNOWN -> unknown(node, path);
        }
    }

    /** A StatementRef always names its objectType, even where nothing else could stand (Data 2.4.4.3). */
    void statementRef(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        checks.onlyKeys(node, path, REF_KEYS);
        checks.required(node, path, "objectType", "id");
        String type = checks.objectType(node, path);
        if (type != null && !type.equals("StatementRef")) {
            checks.fail(Paths.of(path, "objectType"), "must be StatementRef");
        }
        checks.uuid(node, path, "id");
    }

    private void subStatement(JsonNode node, String path, boolean insideSubStatement) {
        if (insideSubStatement) {
            checks.fail(Paths.of(path, "objectType"), "a SubStatement must not contain another SubStatement");
            return;
        }
        subStatements.accept(node, path);
    }

    private void unknown(JsonNode node, String path) {
        if (checks.objectType(node, path) != null) {
            checks.fail(Paths.of(path, "objectType"),
                    "must be Activity, Agent, Group, StatementRef or SubStatement");
        }
    }
}
