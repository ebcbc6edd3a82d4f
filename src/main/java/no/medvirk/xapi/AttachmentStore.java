package no.medvirk.xapi;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Attachment contents by SHA-2 hash: stored once, however many statements refer to them. */
@Repository
class AttachmentStore {

    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(Collection<AttachmentPart> parts) {
        for (AttachmentPart part : parts) {
            jdbc.update("insert into xapi_attachment (sha2, content_type, length, content) values (?, ?, ?, ?) "
                    + "on conflict (sha2) do nothing", part.sha2().toLowerCase(java.util.Locale.ROOT),
                    part.contentType(), part.content().length, part.content());
        }
    }

    List<AttachmentPart> find(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select sha2, content_type, content from xapi_attachment where sha2 = any(?)",
                (row, n) -> new AttachmentPart(row.getString(1), row.getString(2), row.getBytes(3)),
                (Object) hashes.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new));
    }
}
