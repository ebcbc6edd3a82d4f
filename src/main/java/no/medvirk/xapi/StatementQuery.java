package no.medvirk.xapi;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a statements query, as the xAPI GET /statements parameters name them. {@code agent} is the
 * agent's inverse functional identifier in the store's form; {@code after} is the paging cursor (a storage order id);
 * {@code onlyClient} limits the answer to one client's own statements (the statements/read/mine scope).
 */
public record StatementQuery(
        @Nullable String agent,
        @Nullable String verb,
        @Nullable String activity,
        @Nullable UUID registration,
        boolean relatedActivities,
        boolean relatedAgents,
        @Nullable Instant since,
        @Nullable Instant until,
        int limit,
        boolean ascending,
        @Nullable UUID after,
        @Nullable UUID onlyClient) {

    public static final int MAX_LIMIT = 100;

    public StatementQuery {
        if (limit < 0) {
            throw XapiException.badRequest("limit must be zero or more");
        }
    }

    /** The page size actually used: the client's limit, where zero means "the server's maximum". */
    public int pageSize() {
        return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public StatementQuery after(UUID cursor) {
        return new StatementQuery(agent, verb, activity, registration, relatedActivities, relatedAgents, since, until,
                limit, ascending, cursor, onlyClient);
    }

    /** The same query over the client's own statements only. */
    public StatementQuery onlyOf(UUID client) {
        return new StatementQuery(agent, verb, activity, registration, relatedActivities, relatedAgents, since, until,
                limit, ascending, after, client);
    }
}
