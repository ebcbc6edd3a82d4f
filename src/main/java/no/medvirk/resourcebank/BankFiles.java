package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of open educational resources: what may be uploaded (size, kind of file, and content that matches the
 * kind its name claims), and reading them back for the entry's page and its download address.
 */
@Service
public class BankFiles {

    static final int NAME_LENGTH = 200;
    private static final long MB = 1024 * 1024;

    /** A file to send: what it is, whether a browser may show it in place, and its bytes. */
    public record Download(FileInfo info, boolean inline, byte[] bytes) {}

    private final FileStore store;
    private final EntryRows rows;
    private final ResourceBankProperties properties;

    BankFiles(FileStore store, EntryRows rows, ResourceBankProperties properties) {
        this.store = store;
        this.rows = rows;
        this.properties = properties;
    }

    /** The largest file accepted, in bytes ({@code medvirk.resourcebank.max-file-size}). */
    public long maxBytes() {
        return properties.maxFileSize().toBytes();
    }

    /** The file name extensions accepted, with their dot, for the upload's file chooser. */
    public static List<String> extensions() {
        return FileTypes.BY_EXTENSION.keySet().stream().map(e -> "." + e).toList();
    }

    /**
     * Checks a file the user gave, before anything is stored: not empty, not too big, a kind of file a resource may
     * have, and content that is that kind. Throws a {@link DomainException} that names the file and what is wrong.
     */
    public BankFile accept(String fileName, byte[] bytes) {
        String name = cleanName(fileName);
        if (name.isEmpty()) {
            throw new DomainException("bank.file.no-name");
        }
        if (bytes.length == 0) {
            throw new DomainException("bank.file.empty", name);
        }
        if (bytes.length > maxBytes()) {
            throw new DomainException("bank.file.too-big", name, Math.max(1, maxBytes() / MB));
        }
        FileTypes.Type type = FileTypes.byName(name).orElseThrow(() -> new DomainException("bank.file.kind", name,
                String.join(", ", FileTypes.BY_EXTENSION.keySet())));
        if (!type.looksRight().test(bytes)) {
            throw new DomainException("bank.file.content", name);
        }
        return new BankFile(name, type.mediaType(), bytes);
    }

    @Transactional(readOnly = true)
    public Optional<FileInfo> info(UUID entryId) {
        return store.info(entryId);
    }

    /** The file of an entry anyone may see; a course administrator ({@code anyEntry}) gets unpublished ones too. */
    @Transactional(readOnly = true)
    public Optional<Download> download(UUID entryId, boolean anyEntry) {
        if (!anyEntry && rows.visible(entryId).isEmpty()) {
            return Optional.empty();
        }
        return store.info(entryId).flatMap(info -> store.bytes(entryId).map(bytes -> new Download(info,
                FileTypes.byName(info.name()).map(FileTypes.Type::inline).orElse(false), bytes)));
    }

    /** The same checks again, for a file that reaches the bank from outside ({@link BankFile} is a plain record). */
    BankFile checked(BankFile file) {
        return accept(file.name(), file.bytes());
    }

    /** Stores the entry's file, checked with {@link #checked}, in place of any it had. */
    void store(UUID entryId, BankFile file, Instant at) {
        store.put(entryId, file, at);
    }

    void remove(UUID entryId) {
        store.delete(entryId);
    }

    /** The name without any folder a browser sent with it and without control characters, at most 200 long. */
    static String cleanName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() <= NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 || name.length() - dot > 10 ? "" : name.substring(dot);
        return name.substring(0, NAME_LENGTH - extension.length()) + extension;
    }
}
