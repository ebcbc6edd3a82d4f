package no.medvirk.xapi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the query parameters of the statements resource look at, read from a stored statement: the verb, the
 * registration, what it voids, and every agent and activity it concerns, directly (actor, object) or related
 * (everything else but the authority, which is the client's and found through the statement's client). Agents are
 * keyed by their inverse functional identifier.
 */
record StatementIndex(String verbId, @Nullable UUID registration, @Nullable UUID voids, @Nullable UUID refersTo,
        Set<Link> agents, Set<Link> activities) {

    static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    /** An agent's identifier or an activity's id, and whether the statement is directly about it. */
    record Link(String key, boolean direct) {}

    /** One link per key: direct when the statement is directly about it anywhere, so a query never sees it twice. */
    private static Set<Link> oncePerKey(Set<Link> links) {
        var byKey = new java.util.LinkedHashMap<String, Boolean>();
        links.forEach(link -> byKey.merge(link.key(), link.direct(), Boolean::logicalOr));
        var once = new LinkedHashSet<Link>();
        byKey.forEach((key, direct) -> once.add(new Link(key, direct)));
        return once;
    }

    static StatementIndex of(JsonNode statement) {
        String verbId = XapiJson.text(statement.path("verb"), "id");
        JsonNode object = statement.path("object");
        String registration = XapiJson.text(statement.path("context"), "registration");
        UUID target = "StatementRef".equals(XapiJson.text(object, "objectType"))
                ? UUID.fromString(XapiJson.text(object, "id")) : null;
        UUID voids = VOIDED_VERB.equals(verbId) ? target : null;
        UUID refersTo = VOIDED_VERB.equals(verbId) ? null : target;
        var agents = new LinkedHashSet<Link>();
        var activities = new LinkedHashSet<Link>();
        collectAgents(statement.path("actor"), true, agents);
        collect(object, true, agents, activities);
        collectContext(statement.path("context"), agents, activities);
        return new StatementIndex(verbId == null ? "" : verbId,
                registration == null ? null : UUID.fromString(registration), voids, refersTo, oncePerKey(agents),
                oncePerKey(activities));
    }

    private static void collect(JsonNode object, boolean direct, Set<Link> agents, Set<Link> activities) {
        String type = XapiJson.text(object, "objectType");
        if (type == null || "Activity".equals(type)) {
            String id = XapiJson.text(object, "id");
            if (id != null) {
                activities.add(new Link(id, direct));
            }
        } else if ("Agent".equals(type) || "Group".equals(type)) {
            collectAgents(object, direct, agents);
        } else if ("SubStatement".equals(type)) {
            collectAgents(object.path("actor"), false, agents);
            collect(object.path("object"), false, agents, activities);
            collectContext(object.path("context"), agents, activities);
        }
    }

    private static void collectContext(JsonNode context, Set<Link> agents, Set<Link> activities) {
        collectAgents(context.path("instructor"), false, agents);
        collectAgents(context.path("team"), false, agents);
        context.path("contextAgents").forEach(c -> collectAgents(c.path("agent"), false, agents));
        context.path("contextGroups").forEach(c -> collectAgents(c.path("group"), false, agents));
        context.path("contextActivities").forEach(value -> {
            for (JsonNode activity : value.isArray() ? value : List.of(value)) {
                String id = XapiJson.text(activity, "id");
                if (id != null) {
                    activities.add(new Link(id, false));
                }
            }
        });
    }

    /** An agent, or a group and each of its members. */
    private static void collectAgents(JsonNode agent, boolean direct, Set<Link> agents) {
        if (!agent.isObject()) {
            return;
        }
        AgentIdentifier.of(agent).ifPresent(ifi -> agents.add(new Link(ifi, direct)));
        agent.path("member").forEach(member -> AgentIdentifier.of(member).ifPresent(ifi -> agents.add(new Link(ifi, direct))));
    }
}
