package no.medvirk.xapi;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The statements table and its link tables, in plain JDBC: a batch goes in as one insert per table with arrays
 * (unnest), which is what makes ingest fast, and a statement id that is already stored is skipped, not failed.
 */
@Repository
class StatementStore {

    private final JdbcTemplate jdbc;

    StatementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement ready to store: the JSON as it will be returned, and what the queries look at. */
    record NewStatement(UUID seq, UUID id, Instant stored, Instant timestamp, StatementIndex index, String json,
            @Nullable UUID clientId) {}

    /** A statement already in the store. */
    record Stored(UUID seq, UUID id, String json, @Nullable UUID voids, boolean voided) {}

    /** Inserts what is not yet stored (by statement id); returns the ids actually inserted. */
    Set<UUID> insert(List<NewStatement> statements) {
        if (statements.isEmpty()) {
            return Set.of();
        }
        return jdbc.execute((ConnectionCallback<Set<UUID>>) connection -> {
            Set<UUID> insertedSeqs = insertStatements(connection, statements);
            List<NewStatement> inserted = statements.stream().filter(s -> insertedSeqs.contains(s.seq())).toList();
            insertLinks(connection, inserted);
            Set<UUID> ids = new HashSet<>();
            inserted.forEach(s -> ids.add(s.id()));
            return ids;
        });
    }

    private static Set<UUID> insertStatements(Connection connection, List<NewStatement> statements) throws SQLException {
        int n = statements.size();
        var seqs = new UUID[n];
        var ids = new UUID[n];
        var stored = new Timestamp[n];
        var timestamps = new Timestamp[n];
        var verbs = new String[n];
        var registrations = new UUID[n];
        var voids = new UUID[n];
        var refersTo = new UUID[n];
        var clients = new UUID[n];
        var json = new String[n];
        for (int i = 0; i < n; i++) {
            NewStatement s = statements.get(i);
            seqs[i] = s.seq();
            ids[i] = s.id();
            stored[i] = Timestamp.from(s.stored());
            timestamps[i] = Timestamp.from(s.timestamp());
            verbs[i] = s.index().verbId();
            registrations[i] = s.index().registration();
            voids[i] = s.index().voids();
            refersTo[i] = s.index().refersTo();
            clients[i] = s.clientId();
            json[i] = s.json();
        }
        String sql = """
                insert into xapi_statement (seq, id, stored, stmt_timestamp, verb_id, registration, voids, refers_to,
                                            client_id, statement)
                select seq, id, stored, ts, verb, reg, voids, refs, client, body::jsonb
                from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::uuid[],
                            ?::uuid[], ?::uuid[], ?::uuid[], ?::text[])
                     as t(seq, id, stored, ts, verb, reg, voids, refs, client, body)
                on conflict (id) do nothing
                returning seq""";
        try (var insert = connection.prepareStatement(sql)) {
            Object[][] columns = {seqs, ids, stored, timestamps, verbs, registrations, voids, refersTo, clients, json};
            String[] types = {"uuid", "uuid", "timestamptz", "timestamptz", "text", "uuid", "uuid", "uuid", "uuid",
                "text"};
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
            }
            Set<UUID> inserted = new HashSet<>();
            try (var rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
            return inserted;
        }
    }

    private static void insertLinks(Connection connection, List<NewStatement> statements) throws SQLException {
        var agentSeqs = new ArrayList<UUID>();
        var agentKeys = new ArrayList<String>();
        var agentDirect = new ArrayList<Boolean>();
        var activitySeqs = new ArrayList<UUID>();
        var activityKeys = new ArrayList<String>();
        var activityDirect = new ArrayList<Boolean>();
        for (NewStatement s : statements) {
            for (var link : s.index().agents()) {
                agentSeqs.add(s.seq());
                agentKeys.add(link.key());
                agentDirect.add(link.direct());
            }
            for (var link : s.index().activities()) {
                activitySeqs.add(s.seq());
                activityKeys.add(link.key());
                activityDirect.add(link.direct());
            }
        }
        insertLinks(connection, "xapi_statement_agent", "ifi", agentSeqs, agentKeys, agentDirect);
        insertLinks(connection, "xapi_statement_activity", "activity_id", activitySeqs, activityKeys, activityDirect);
    }

    private static void insertLinks(Connection connection, String table, String keyColumn, List<UUID> seqs,
            List<String> keys, List<Boolean> direct) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        String sql = "insert into " + table + " (seq, " + keyColumn + ", direct) "
                + "select * from unnest(?::uuid[], ?::text[], ?::boolean[])";
        try (var insert = connection.prepareStatement(sql)) {
            insert.setArray(1, array(connection, "uuid", seqs.toArray()));
            insert.setArray(2, array(connection, "text", keys.toArray()));
            insert.setArray(3, array(connection, "boolean", direct.toArray()));
            insert.executeUpdate();
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    /** The stored statements with these ids, voided or not. */
    Map<UUID, Stored> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Stored> found = new HashMap<>();
        jdbc.query("select seq, id, statement::text, voids, voided from xapi_statement where id = any(?::uuid[])",
                (RowCallbackHandler) row -> {
                    var stored = stored(row);
                    found.put(stored.id(), stored);
                }, (Object) ids.toArray(UUID[]::new));
        return found;
    }

    /** Marks the targets voided; voiding statements themselves are never voided. */
    void markVoided(Collection<UUID> targets) {
        if (!targets.isEmpty()) {
            jdbc.update("update xapi_statement set voided = true where id = any(?::uuid[]) and voids is null",
                    (Object) targets.toArray(UUID[]::new));
        }
    }

    /** Of these statement ids, those that a stored voiding statement already targets (it arrived first). */
    Set<UUID> alreadyVoided(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("select voids from xapi_statement where voids = any(?::uuid[])",
                UUID.class, (Object) ids.toArray(UUID[]::new)));
    }

    /**
     * One page of a query, newest first unless ascending; voided statements are never listed. A query for an agent
     * or an activity is driven by its link table's (key, seq) index, which is already in storage order, so a page
     * costs a short index range however many statements there are.
     */
    List<Stored> query(StatementQuery query, int limit) {
        return query(query, limit, 0);
    }

    /**
     * The same, skipping the first statements: for browsing page by page in the admin UI. When the query narrows
     * and some statements refer to others (a StatementRef object, voiding aside), statements referring to a match
     * are matches too, however long the chain: the specification's rule for filters and StatementRefs.
     */
    List<Stored> query(StatementQuery query, int limit, int offset) {
        List<UUID> authorityOf = query.agent() != null && query.relatedAgents() ? clientsWithAuthority(query.agent())
                : List.of();
        var filter = new StatementFilter(query, authorityOf);
        var args = new ArrayList<>(filter.args);
        var sql = new StringBuilder();
        String order = filter.order;
        if (StatementFilter.narrows(query) && anyStatementRefers()) {
            sql.append("with recursive chain(seq, id) as (select s.seq, s.id from ").append(filter.sql)
                    .append(" union select r.seq, r.id from xapi_statement r join chain c on r.refers_to = c.id"
                            + " where not r.voided")
                    .append(query.onlyClient() == null ? "" : " and r.client_id = ?")
                    .append(") select s.seq, s.id, s.statement::text, s.voids, s.voided from chain c"
                            + " join xapi_statement s on s.seq = c.seq where true");
            if (query.onlyClient() != null) {
                args.add(query.onlyClient());
            }
            order = "s.seq";
        } else {
            sql.append("select s.seq, s.id, s.statement::text, s.voids, s.voided from ").append(filter.sql);
        }
        if (query.after() != null) {
            sql.append(" and ").append(order).append(query.ascending() ? " > ?" : " < ?");
            args.add(query.after());
        }
        sql.append(" order by ").append(order).append(query.ascending() ? " asc" : " desc").append(" limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), (row, n) -> stored(row), args.toArray());
    }

    /** Cheap (a partial index): whether any statement has a StatementRef object that is not a voiding one. */
    private boolean anyStatementRefers() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from xapi_statement where refers_to is not null)", Boolean.class));
    }

    /** The clients whose statements carry this agent as their authority. */
    private List<UUID> clientsWithAuthority(String agentIfi) {
        List<UUID> found = new ArrayList<>();
        jdbc.query("select id, authority::text from xapi_client", (RowCallbackHandler) row -> {
            if (AgentIdentifier.of(XapiJson.parse(row.getString(2))).filter(agentIfi::equals).isPresent()) {
                found.add(row.getObject(1, UUID.class));
            }
        });
        return found;
    }

    /** The statement with this id, as stored, if it is (or is not) voided as asked. */
    java.util.Optional<Stored> find(UUID id, boolean voided) {
        return jdbc.query("select seq, id, statement::text, voids, voided from xapi_statement where id = ? and voided = ?",
                (row, n) -> stored(row), id, voided).stream().findFirst();
    }

    /** The definitions statements have given an activity, oldest first (the latest wins when merged). */
    List<String> definitions(String activityId, int latest) {
        return jdbc.queryForList("""
                select d from (select s.seq, s.statement -> 'object' -> 'definition' as d
                               from xapi_statement s join xapi_statement_activity a on a.seq = s.seq
                               where a.activity_id = ? and a.direct and s.statement -> 'object' -> 'definition' is not null
                               order by s.seq desc limit ?) latest
                order by seq asc""", String.class, activityId, latest);
    }

    static Stored stored(java.sql.ResultSet row) throws SQLException {
        return new Stored(row.getObject("seq", UUID.class), row.getObject("id", UUID.class), row.getString(3),
                row.getObject("voids", UUID.class), row.getBoolean("voided"));
    }
}
