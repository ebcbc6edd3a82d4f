package no.medvirk.xapi;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What a client that acts for one learner in one registration may touch (a cmi5 AU with its launch token): the
 * statements, state and agent profiles of that agent in that registration, never voiding, and reading but not
 * writing activity profiles and the documents named read-only (the LMS's launch data). Every check throws
 * {@link XapiException} 403 with what was out of bounds.
 *
 * @param agent the agent's inverse functional identifier in {@link AgentIdentifier}'s form
 * @param readOnlyDocuments state and profile ids the client may read but not write or delete
 */
public record Confinement(String agent, UUID registration, Set<String> readOnlyDocuments) {

    public Confinement {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(registration, "registration");
        readOnlyDocuments = Set.copyOf(readOnlyDocuments);
    }

    /** A statement it sends: about its agent, in its registration, not voiding another. */
    public void requireWritable(JsonNode statement) {
        if (!byItsAgent(statement)) {
            throw forbidden("The statement's actor is not the learner this token was issued for");
        }
        if (!inItsRegistration(statement)) {
            throw forbidden("The statement's context.registration is not the registration of this token");
        }
        if ("http://adlnet.gov/expapi/verbs/voided".equals(XapiJson.text(statement.path("verb"), "id"))) {
            throw forbidden("This token may not void statements");
        }
    }

    /** Whether it may read a stored statement: one whose actor is its agent, in its registration. */
    public boolean mayRead(JsonNode statement) {
        return byItsAgent(statement) && inItsRegistration(statement);
    }

    private boolean byItsAgent(JsonNode statement) {
        return agent.equals(AgentIdentifier.of(statement.path("actor")).orElse(null));
    }

    private boolean inItsRegistration(JsonNode statement) {
        return registration.toString().equalsIgnoreCase(XapiJson.text(statement.path("context"), "registration"));
    }

    /** A statements query narrowed to its agent and registration; asking for another is refused. */
    public StatementQuery narrow(StatementQuery query) {
        if (query.agent() != null && !query.agent().equals(agent)) {
            throw forbidden("This token may only read the statements of the learner it was issued for");
        }
        if (query.registration() != null && !query.registration().equals(registration)) {
            throw forbidden("This token may only read the statements of its own registration");
        }
        return new StatementQuery(agent, query.verb(), query.activity(), registration, query.relatedActivities(),
                query.relatedAgents(), query.since(), query.until(), query.limit(), query.ascending(), query.after(),
                query.onlyClient());
    }

    /** A document it reads ({@code write} false) or writes or deletes. */
    public void requireDocument(DocumentKey key, boolean write) {
        switch (key.kind()) {
            case STATE -> {
                if (!agent.equals(key.agentIfi()) || !registration.equals(key.registration())) {
                    throw forbidden("This token may only use the state of its learner in its registration");
                }
            }
            case AGENT_PROFILE -> {
                if (!agent.equals(key.agentIfi())) {
                    throw forbidden("This token may only use the profiles of the learner it was issued for");
                }
            }
            case ACTIVITY_PROFILE -> {
                if (write) {
                    throw forbidden("This token may read activity profiles but not change them");
                }
            }
        }
        if (write && (key.documentId() == null || readOnlyDocuments.contains(key.documentId()))) {
            throw forbidden(key.documentId() == null ? "This token may not delete all documents at once"
                    : "The document " + key.documentId() + " belongs to the LMS: this token may read it only");
        }
    }

    /** An agent it asks about: its own only. */
    public void requireAgent(String agentIfi) {
        if (!agent.equals(agentIfi)) {
            throw forbidden("This token may only ask about the learner it was issued for");
        }
    }

    private static XapiException forbidden(String message) {
        return new XapiException(403, message);
    }
}
