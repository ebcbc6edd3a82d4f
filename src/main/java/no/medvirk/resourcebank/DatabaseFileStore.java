package no.medvirk.resourcebank;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The files in the bank_file table, next to their entries: deleting an entry deletes its file. */
@Repository
class DatabaseFileStore implements FileStore {

    private final JdbcTemplate jdbc;

    DatabaseFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID entryId, BankFile file, Instant at) {
        jdbc.update("""
                insert into bank_file (entry_id, file_name, media_type, size, sha256, bytes, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (entry_id) do update set file_name = excluded.file_name, media_type = excluded.media_type,
                    size = excluded.size, sha256 = excluded.sha256, bytes = excluded.bytes,
                    uploaded_at = excluded.uploaded_at""", entryId, file.name(), file.mediaType(), file.size(),
                file.sha256(), file.bytes(), Timestamp.from(at));
    }

    @Override
    public Optional<FileInfo> info(UUID entryId) {
        return jdbc.query("select file_name, media_type, size, sha256, uploaded_at from bank_file where entry_id = ?",
                (row, n) -> new FileInfo(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getTimestamp(5).toInstant()), entryId).stream().findFirst();
    }

    @Override
    public Optional<byte[]> bytes(UUID entryId) {
        return jdbc.query("select bytes from bank_file where entry_id = ?", (row, n) -> row.getBytes(1), entryId)
                .stream().findFirst();
    }

    @Override
    public void delete(UUID entryId) {
        jdbc.update("delete from bank_file where entry_id = ?", entryId);
    }
}
