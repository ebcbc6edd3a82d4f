package no.medvirk.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.medvirk.shared.MedvirkProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Package versions as folders under {@code <data dir>/packages/<content sha256>/}. A version is put in place with one
 * atomic rename, so a folder that is there is complete.
 */
@Component
class FileSystemPackageStorage implements PackageStorage {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    @Autowired
    FileSystemPackageStorage(MedvirkProperties properties) {
        this(properties.dataDir().resolve("packages"));
    }

    FileSystemPackageStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Moves the folder into place; the caller's folder is gone afterwards (or left as it was if already stored). */
    @Override
    public void put(String contentSha256, Path folder) throws IOException {
        Path target = version(contentSha256);
        if (Files.isDirectory(target)) {
            return;
        }
        Files.createDirectories(root);
        Path temporary = root.resolve(".tmp-" + UUID.randomUUID());
        try {
            Files.move(folder, temporary, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another file system (a staging folder elsewhere): copy, then rename.
            FileSystemUtils.copyRecursively(folder, temporary);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(temporary);
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    @Override
    public Optional<Resource> get(String contentSha256, String path) {
        if (!PackagePaths.safe(path)) {
            return Optional.empty();
        }
        Path base = version(contentSha256);
        Path file = base.resolve(path).normalize();
        return file.startsWith(base) && Files.isRegularFile(file) && !Files.isSymbolicLink(file)
                ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public List<String> list(String contentSha256) throws IOException {
        Path base = version(contentSha256);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile).map(f -> base.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Override
    public boolean contains(String contentSha256) {
        return Files.isDirectory(version(contentSha256));
    }

    private Path version(String contentSha256) {
        if (!SHA256.matcher(contentSha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + contentSha256);
        }
        return root.resolve(contentSha256);
    }
}
