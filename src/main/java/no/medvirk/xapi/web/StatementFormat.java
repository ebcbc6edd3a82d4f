package no.medvirk.xapi.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three shapes a statement can be returned in: {@code exact} as stored; {@code ids} with agents, groups,
 * activities and verbs reduced to what identifies them; {@code canonical} with each language map reduced to the
 * one language the client prefers (Accept-Language), or the first there is.
 */
final class StatementFormat {

    private static final List<String> LANGUAGE_MAPS = List.of("display", "name", "description");

    private StatementFormat() {}

    static JsonNode apply(JsonNode statement, String format, Enumeration<Locale> preferred) {
        return switch (format) {
            case "ids" -> ids(statement.deepCopy());
            case "canonical" -> canonical(statement.deepCopy(), java.util.Collections.list(preferred));
            default -> statement;
        };
    }

    private static JsonNode ids(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("verb") && object.get("verb") instanceof ObjectNode verb) {
                verb.remove("display");
            }
            reduceActor(object.get("actor"));
            reduceActor(object.get("authority"));
            JsonNode target = object.get("object");
            if (target instanceof ObjectNode o) {
                String type = o.path("objectType").isString() ? o.get("objectType").stringValue() : "Activity";
                switch (type) {
                    case "Activity" -> o.remove("definition");
                    case "Agent", "Group" -> reduceActor(o);
                    case "SubStatement" -> ids(o);
                    default -> { }
                }
            }
            if (object.get("context") instanceof ObjectNode context) {
                reduceActor(context.get("instructor"));
                reduceActor(context.get("team"));
                context.path("contextActivities").forEach(StatementFormat::reduceActivities);
            }
        }
        return node;
    }

    private static void reduceActivities(JsonNode value) {
        for (JsonNode activity : value.isArray() ? value : List.of(value)) {
            if (activity instanceof ObjectNode o) {
                o.remove("definition");
            }
        }
    }

    /** An agent keeps its identifier and objectType; a group also its members' identifiers. */
    private static void reduceActor(JsonNode actor) {
        if (actor instanceof ObjectNode o) {
            o.remove("name");
            o.path("member").forEach(StatementFormat::reduceActor);
        }
    }

    private static JsonNode canonical(JsonNode node, List<Locale> preferred) {
        if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                if (LANGUAGE_MAPS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode map
                        && map.size() > 1) {
                    String keep = choose(map, preferred);
                    map.retain(keep);
                } else {
                    canonical(entry.getValue(), preferred);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> canonical(child, preferred));
        }
        return node;
    }

    private static String choose(ObjectNode map, List<Locale> preferred) {
        for (Locale locale : preferred) {
            for (String tag : map.propertyNames()) {
                if (Locale.forLanguageTag(tag).getLanguage().equals(locale.getLanguage())) {
                    return tag;
                }
            }
        }
        return map.propertyNames().iterator().next();
    }
}
