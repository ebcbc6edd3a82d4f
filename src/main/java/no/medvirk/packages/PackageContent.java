package no.medvirk.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;

/**
 * An unpacked package: where its root is (the zip's top, or its one top folder), which standard's manifest it has,
 * its files, and a content hash that is the same for the same files however they were zipped.
 */
record PackageContent(Path root, Set<String> files, long bytes) {

    /** The folder that holds imsmanifest.xml or cmi5.xml: the zip's top, or its one top folder (__MACOSX aside). */
    static @Nullable PackageContent find(Path unpacked) throws IOException {
        Path root = hasManifest(unpacked) ? unpacked : null;
        if (root == null) {
            List<Path> top;
            try (Stream<Path> entries = Files.list(unpacked)) {
                top = entries.filter(p -> !p.getFileName().toString().equals("__MACOSX")).toList();
            }
            if (top.size() == 1 && Files.isDirectory(top.getFirst()) && hasManifest(top.getFirst())) {
                root = top.getFirst();
            }
        }
        if (root == null) {
            return null;
        }
        var files = new TreeSet<String>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.add(root.relativize(file).toString().replace('\\', '/'));
                bytes += Files.size(file);
            }
        }
        return new PackageContent(root, files, bytes);
    }

    boolean cmi5() {
        return files.contains(Cmi5Reader.FILE) && !files.contains(ScormManifestReader.MANIFEST);
    }

    PackageManifest manifest() throws PackageRefusal {
        return cmi5() ? Cmi5Reader.read(root, files) : ScormManifestReader.read(root, files);
    }

    /** SHA-256 over each path and its file's SHA-256, in path order. */
    String sha256() throws IOException {
        MessageDigest digest = DigestUtils.getSha256Digest();
        for (String path : files) {
            try (InputStream in = Files.newInputStream(root.resolve(path))) {
                digest.update((path + "\0" + DigestUtils.sha256Hex(in) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return org.apache.commons.codec.binary.Hex.encodeHexString(digest.digest());
    }

    private static boolean hasManifest(Path folder) {
        return Files.isRegularFile(folder.resolve(ScormManifestReader.MANIFEST))
                || Files.isRegularFile(folder.resolve(Cmi5Reader.FILE));
    }
}
