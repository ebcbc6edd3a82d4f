package no.medvirk.xapi;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The FROM and WHERE of a statements query, with its arguments. A query for an agent or an activity is driven by
 * its link table's (key, seq) index, already in storage order, so a page costs a short index range however many
 * statements there are; {@code order} names the column that order is read from.
 */
final class StatementFilter {

    final StringBuilder sql = new StringBuilder();
    final List<Object> args = new ArrayList<>();
    final String order;

    /**
     * @param authorityOf clients whose authority is the queried agent (related_agents): the authority is not
     *     linked, so those statements are found through their client, by the slower statement-table path
     */
    StatementFilter(StatementQuery query, List<UUID> authorityOf) {
        if (!authorityOf.isEmpty()) {
            sql.append("xapi_statement s where (s.client_id = any(?::uuid[]) or exists (select 1 from "
                    + "xapi_statement_agent a where a.seq = s.seq and a.ifi = ?))");
            args.add(authorityOf.toArray(UUID[]::new));
            args.add(query.agent());
            order = "s.seq";
            activityCondition(query);
        } else if (query.agent() != null) {
            sql.append("xapi_statement_agent l join xapi_statement s on s.seq = l.seq where l.ifi = ?")
                    .append(query.relatedAgents() ? "" : " and l.direct");
            args.add(query.agent());
            order = "l.seq";
            activityCondition(query);
        } else if (query.activity() != null) {
            sql.append("xapi_statement_activity l join xapi_statement s on s.seq = l.seq where l.activity_id = ?")
                    .append(query.relatedActivities() ? "" : " and l.direct");
            args.add(query.activity());
            order = "l.seq";
        } else {
            sql.append("xapi_statement s where true");
            order = "s.seq";
        }
        sql.append(" and not s.voided");
        condition("s.client_id = ?", query.onlyClient());
        condition("s.verb_id = ?", query.verb());
        condition("s.registration = ?", query.registration());
        condition("s.stored > ?", query.since() == null ? null : Timestamp.from(query.since()));
        condition("s.stored <= ?", query.until() == null ? null : Timestamp.from(query.until()));
    }

    /** Whether the query narrows by what a statement is about, so that statements referring to it count too. */
    static boolean narrows(StatementQuery query) {
        return query.agent() != null || query.verb() != null || query.activity() != null
                || query.registration() != null;
    }

    private void activityCondition(StatementQuery query) {
        if (query.activity() != null) {
            sql.append(" and exists (select 1 from xapi_statement_activity a where a.seq = s.seq"
                    + " and a.activity_id = ?").append(query.relatedActivities() ? ")" : " and a.direct)");
            args.add(query.activity());
        }
    }

    private void condition(String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            args.add(value);
        }
    }
}
