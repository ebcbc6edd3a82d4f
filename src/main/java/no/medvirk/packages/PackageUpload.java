package no.medvirk.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.MedvirkProperties;
import no.medvirk.shared.SafeZip;
import no.medvirk.shared.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an uploaded SCORM 1.2, SCORM 2004 or cmi5 zip: unpacked with limits, its manifest parsed and checked
 * against its files, and only then stored as a version of its package. A refused zip stores nothing.
 */
@Service
public class PackageUpload {

    /** What became of an upload. */
    public sealed interface Result permits Refused, Imported {}

    /** Not stored: the message key of the i18n bundles and its arguments say what is wrong. */
    public record Refused(String messageKey, List<Object> arguments) implements Result {
        public Refused {
            arguments = List.copyOf(arguments);
        }
    }

    /** Stored: a new package or version ({@code created}), or the version that already had this content. */
    public record Imported(PackageVersion version, boolean created) implements Result {}

    private static final long MB = 1024 * 1024;

    private final PackageProperties properties;
    private final Path staging;
    private final PackageStorage storage;
    private final PackageRows rows;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Autowired
    PackageUpload(PackageProperties properties, MedvirkProperties medvirk, PackageStorage storage, PackageRows rows,
            TransactionTemplate transactions, ApplicationEventPublisher events, CurrentUser currentUser,
            Clock clock) {
        this(properties, medvirk.dataDir().resolve("packages").resolve(".staging"), storage, rows, transactions,
                events, currentUser, clock);
    }

    /** Uploads are unpacked under {@code staging}: best on the storage's file system, so storing is a rename. */
    PackageUpload(PackageProperties properties, Path staging, PackageStorage storage, PackageRows rows,
            TransactionTemplate transactions, ApplicationEventPublisher events, CurrentUser currentUser,
            Clock clock) {
        this.properties = properties;
        this.staging = staging.toAbsolutePath().normalize();
        this.storage = storage;
        this.rows = rows;
        this.transactions = transactions;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The largest zip accepted, in bytes. */
    public long maxBytes() {
        return properties.maxBytes();
    }

    /**
     * Imports the zip at this path (the caller deletes it afterwards). One upload at a time: two uploads of one
     * package number their versions one after the other.
     */
    public synchronized Result upload(Path zip) {
        Path stage = null;
        try {
            if (Files.size(zip) > properties.maxBytes()) {
                return new Refused("package-upload.too-big", List.of(properties.maxBytes() / MB));
            }
            Files.createDirectories(staging);
            stage = Files.createTempDirectory(staging, "upload-");
            SafeZip.unpack(zip, stage, new SafeZip.Limits(properties.maxEntries(), properties.maxUnpackedBytes(),
                    properties.maxRatio()));
            PackageContent content = PackageContent.find(stage);
            if (content == null) {
                return new Refused("package-upload.no-manifest", List.of());
            }
            return store(content, content.manifest());
        } catch (SafeZip.Refused refused) {
            return new Refused(refused.messageKey("package-upload"), refused.arguments());
        } catch (PackageRefusal refusal) {
            return new Refused(refusal.messageKey(), refusal.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import the uploaded package", e);
        } finally {
            SafeZip.deleteFolder(stage);
        }
    }

    private Result store(PackageContent content, PackageManifest manifest) throws IOException {
        String sha256 = content.sha256();
        @Nullable UUID importedBy = currentUser.get().map(SignedInUser::personId).orElse(null);
        Imported imported = transactions.execute(status -> {
            var existing = rows.lockByIdentifier(manifest.identifier());
            var same = existing.flatMap(id -> rows.versionWithContent(id, sha256));
            // Stored again if the files are gone (a storage restored from an older backup): the row promises them.
            put(sha256, content);
            if (same.isPresent()) {
                return new Imported(same.get(), false);
            }
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            PackageId id = existing.orElseGet(() -> {
                var fresh = new PackageId(UUID.randomUUID());
                rows.insertPackage(fresh, manifest.identifier(), manifest.title(), manifest.standard(), now);
                return fresh;
            });
            var version = new PackageVersion(new PackageVersionId(UUID.randomUUID()), id, rows.nextVersion(id),
                    manifest.standard(), manifest.title(), sha256, content.files().size(), content.bytes(), now,
                    manifest);
            rows.insertVersion(version, importedBy);
            events.publishEvent(new PackageImported(id, version.id(), version.version(), version.standard(),
                    version.title()));
            return new Imported(version, true);
        });
        return Objects.requireNonNull(imported);
    }

    private void put(String sha256, PackageContent content) {
        try {
            if (!storage.contains(sha256)) {
                storage.put(sha256, content.root());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the package", e);
        }
    }

}
