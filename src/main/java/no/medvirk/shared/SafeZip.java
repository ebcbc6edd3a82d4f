package no.medvirk.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * Unpacks an uploaded zip (a course folder, an e-learning package) into an empty folder, refusing anything that
 * could write outside it or exhaust the disk: unsafe names, symbolic links, too many entries, too many bytes, or bytes
 * out of proportion to the zip's own size. Sizes are counted as they are inflated; what the zip's headers claim is
 * never trusted.
 */
public final class SafeZip {

    /** What one zip may hold. The ratio is inflated bytes per byte of zip file, checked once past a megabyte. */
    public record Limits(int maxEntries, long maxBytes, int maxRatio) {}

    /**
     * Why a zip was refused: a reason ({@code not-zip}, {@code unsafe-entry}, {@code symlink},
     * {@code unreadable-entry}, {@code too-many-entries}, {@code too-large-unpacked}, {@code bomb}) that each caller
     * turns into a message key of its own, and the message's arguments.
     */
    public static final class Refused extends Exception {
        private final String reason;
        private final transient List<Object> arguments;

        Refused(String reason, Object... arguments) {
            super(reason, null, false, false);
            this.reason = reason;
            this.arguments = List.of(arguments);
        }

        public String reason() {
            return reason;
        }

        /** The message key under the caller's prefix, e.g. {@code course-upload.symlink}. */
        public String messageKey(String prefix) {
            return prefix + "." + reason;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private SafeZip() {}

    /** Deletes a folder an upload was unpacked into (or moved from), with everything in it; nothing when null. */
    public static void deleteFolder(@Nullable Path folder) {
        try {
            if (folder != null) {
                FileSystemUtils.deleteRecursively(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    /** Unpacks every entry of the zip into {@code target}, an empty folder. */
    public static void unpack(Path zip, Path target, Limits limits) throws Refused, IOException {
        long zipSize = Files.size(zip);
        ZipFile file;
        try {
            file = ZipFile.builder().setPath(zip).get();
        } catch (IOException | RuntimeException e) {
            throw new Refused("not-zip");
        }
        try (file) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw new Refused("too-many-entries", limits.maxEntries());
            }
            for (ZipArchiveEntry entry : entries) {
                check(file, entry);
            }
            long inflated = 0;
            for (ZipArchiveEntry entry : entries) {
                inflated = write(file, entry, target, inflated, zipSize, limits);
            }
        }
    }

    private static void check(ZipFile file, ZipArchiveEntry entry) throws Refused {
        String name = entry.getName();
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || DRIVE.matcher(name).matches() || List.of(name.split("/")).contains("..")) {
            throw new Refused("unsafe-entry", name);
        }
        if (entry.isUnixSymlink()) {
            throw new Refused("symlink", name);
        }
        if (!entry.isDirectory() && !file.canReadEntryData(entry)) {
            throw new Refused("unreadable-entry", name);
        }
    }

    private static long write(ZipFile file, ZipArchiveEntry entry, Path target, long inflatedBefore, long zipSize,
            Limits limits) throws Refused, IOException {
        Path destination = target.resolve(entry.getName()).normalize();
        if (!destination.startsWith(target) || destination.equals(target)) {
            throw new Refused("unsafe-entry", entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return inflatedBefore;
        }
        Files.createDirectories(destination.getParent());
        if (Files.exists(destination)) {
            throw new Refused("unsafe-entry", entry.getName());
        }
        long inflated = inflatedBefore;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                inflated += read;
                if (inflated > limits.maxBytes()) {
                    throw new Refused("too-large-unpacked", limits.maxBytes() / (1024 * 1024));
                }
                if (inflated > RATIO_GRACE_BYTES && inflated > zipSize * limits.maxRatio()) {
                    throw new Refused("bomb");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new Refused("unreadable-entry", entry.getName());
        }
        return inflated;
    }
}
