package no.medvirk.catalog.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An exported zip read back: its entries by name, and unpacked into a folder as a platform would. */
public record PackageFiles(Map<String, byte[]> entries) {

    public static PackageFiles of(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new AssertionError("Twice in the zip: " + entry.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageFiles(entries);
    }

    public String text(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("Not in the zip: " + name + "; it has " + entries.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public Path unpackTo(Path folder) {
        entries.forEach((name, bytes) -> {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder)) {
                throw new AssertionError("Outside the package: " + name);
            }
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return folder;
    }
}
