package no.medvirk.xapi;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a document lives: its kind and its owner (activity, agent, registration as the kind requires). A null
 * documentId addresses all documents of the owner (listing, deleting all state).
 */
public record DocumentKey(Kind kind, @Nullable String activityId, @Nullable String agentIfi,
        @Nullable UUID registration, @Nullable String documentId) {

    public enum Kind {
        STATE,
        ACTIVITY_PROFILE,
        AGENT_PROFILE
    }

    public DocumentKey withDocument(String id) {
        return new DocumentKey(kind, activityId, agentIfi, registration, id);
    }
}
