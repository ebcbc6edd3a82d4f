package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the open resources' files are kept, one per entry. {@link DatabaseFileStore} keeps them in PostgreSQL, so a
 * database backup holds them and every node sees them; another store (the data directory, object storage) only has
 * to implement this.
 */
interface FileStore {

    void put(UUID entryId, BankFile file, Instant at);

    Optional<FileInfo> info(UUID entryId);

    Optional<byte[]> bytes(UUID entryId);

    void delete(UUID entryId);
}
