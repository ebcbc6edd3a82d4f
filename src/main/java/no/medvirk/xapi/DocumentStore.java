package no.medvirk.xapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The xapi_document table: one row per document, found by kind, owner and document id. */
@Repository
class DocumentStore {

    private final JdbcTemplate jdbc;

    DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<XapiDocument> find(DocumentKey key) {
        return find(key, "");
    }

    /**
     * The document, with its key locked until the transaction ends, so that concurrent writers take turns, also
     * when it does not exist yet (two first writers would otherwise both insert).
     */
    Optional<XapiDocument> findForUpdate(DocumentKey key) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, key.toString());
        return find(key, "");
    }

    private Optional<XapiDocument> find(DocumentKey key, String lock) {
        var where = where(key, true);
        return jdbc.query("select document_id, content_type, content, etag, updated from xapi_document where "
                + where.sql() + lock, (row, n) -> new XapiDocument(row.getString(1), row.getString(2),
                        row.getBytes(3), row.getString(4), row.getTimestamp(5).toInstant()), where.args().toArray())
                .stream().findFirst();
    }

    List<String> ids(DocumentKey key, @org.jspecify.annotations.Nullable Instant since) {
        var where = where(key, false);
        var args = new ArrayList<>(where.args());
        String sinceClause = "";
        if (since != null) {
            sinceClause = " and updated > ?";
            args.add(Timestamp.from(since));
        }
        return jdbc.queryForList("select document_id from xapi_document where " + where.sql() + sinceClause
                + " order by document_id", String.class, args.toArray());
    }

    void save(DocumentKey key, String contentType, byte[] content, String etag, Instant now) {
        int updated = jdbc.update("update xapi_document set content_type = ?, content = ?, etag = ?, updated = ? where "
                + where(key, true).sql(), concat(List.of(contentType, content, etag, Timestamp.from(now)),
                        where(key, true).args()));
        if (updated == 0) {
            jdbc.update("insert into xapi_document (id, kind, activity_id, agent_ifi, registration, document_id, "
                    + "content_type, content, etag, updated) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
                    key.kind().name(), key.activityId(), key.agentIfi(), key.registration(), key.documentId(),
                    contentType, content, etag, Timestamp.from(now));
        }
    }

    int delete(DocumentKey key) {
        var where = where(key, key.documentId() != null);
        return jdbc.update("delete from xapi_document where " + where.sql(), where.args().toArray());
    }

    private record Where(String sql, List<Object> args) {}

    /** The owner's conditions; with the document id when one document is meant. */
    private static Where where(DocumentKey key, boolean oneDocument) {
        var sql = new StringBuilder("kind = ?");
        var args = new ArrayList<Object>(List.of(key.kind().name()));
        sql.append(key.activityId() == null ? " and activity_id is null" : " and activity_id = ?");
        if (key.activityId() != null) {
            args.add(key.activityId());
        }
        sql.append(key.agentIfi() == null ? " and agent_ifi is null" : " and agent_ifi = ?");
        if (key.agentIfi() != null) {
            args.add(key.agentIfi());
        }
        if (key.kind() == DocumentKey.Kind.STATE) {
            sql.append(key.registration() == null ? " and registration is null" : " and registration = ?");
            if (key.registration() != null) {
                args.add(key.registration());
            }
        }
        if (oneDocument) {
            sql.append(" and document_id = ?");
            args.add(key.documentId());
        }
        return new Where(sql.toString(), args);
    }

    private static Object[] concat(List<Object> first, List<Object> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all.toArray();
    }
}
