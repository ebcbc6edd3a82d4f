package no.medvirk.resourcebank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, with the first bytes and zip parts a real one has, for upload tests. */
public final class SampleFiles {

    private SampleFiles() {}

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }

    public static byte[] mp4() {
        return new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    }

    /** A Windows program's first bytes ("MZ"): what must never pass for a document. */
    public static byte[] program() {
        return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    }

    public static byte[] docx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    public static byte[] pptx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p:presentation/>");
    }

    public static byte[] odt() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>");
    }

    /** A zip with the given entries (name, text, name, text, ...); the first stored uncompressed if asked, as ODF. */
    public static byte[] zip(boolean firstStored, String... namesAndTexts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] text = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(namesAndTexts[i]);
                if (i == 0 && firstStored) {
                    var crc = new CRC32();
                    crc.update(text);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(text.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(text);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
