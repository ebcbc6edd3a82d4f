package no.medvirk.resourcebank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The kinds of file an open educational resource may have, by extension, each with a check of its first bytes (and
 * for the office formats, of what the zip holds): a file renamed to look like something else is refused. Only
 * documents, images, audio and video; nothing a browser would run (no HTML, SVG or scripts).
 */
final class FileTypes {

    /** A kind of file: its media type, whether a browser may show it in place, and how its content is recognised. */
    record Type(String mediaType, boolean inline, Predicate<byte[]> looksRight) {}

    static final Map<String, Type> BY_EXTENSION = types();

    private FileTypes() {}

    private static Map<String, Type> types() {
        var types = new LinkedHashMap<String, Type>();
        types.put("pdf", new Type("application/pdf", false, b -> startsWith(b, 0, "%PDF-")));
        types.put("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false,
                b -> ooxml(b, "word/document.xml")));
        types.put("pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                false, b -> ooxml(b, "ppt/presentation.xml")));
        types.put("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false,
                b -> ooxml(b, "xl/workbook.xml")));
        types.put("odt", odf("application/vnd.oasis.opendocument.text"));
        types.put("odp", odf("application/vnd.oasis.opendocument.presentation"));
        types.put("ods", odf("application/vnd.oasis.opendocument.spreadsheet"));
        types.put("png", new Type("image/png", true, b -> startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G',
                0x0D, 0x0A, 0x1A, 0x0A})));
        Type jpeg = new Type("image/jpeg", true, b -> startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF}));
        types.put("jpg", jpeg);
        types.put("jpeg", jpeg);
        types.put("mp4", new Type("video/mp4", true, b -> startsWith(b, 4, "ftyp")));
        types.put("webm", new Type("video/webm", true, b -> startsWith(b, 0, new byte[] {0x1A, 0x45, (byte) 0xDF,
                (byte) 0xA3})));
        types.put("mp3", new Type("audio/mpeg", true, b -> startsWith(b, 0, "ID3")
                || b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0));
        return java.util.Collections.unmodifiableMap(types);
    }

    /** The type of a file name by its extension, when it is one a resource may have. */
    static Optional<Type> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** OpenDocument: a zip whose first entry, stored uncompressed, is "mimetype" holding the media type. */
    private static Type odf(String mediaType) {
        return new Type(mediaType, false, b -> zipEntryText(b, "mimetype").map(mediaType::equals).orElse(false));
    }

    /** Office Open XML: a zip with [Content_Types].xml and the part the format's main document lives in. */
    private static boolean ooxml(byte[] bytes, String mainPart) {
        return withZip(bytes, zip -> zip.getEntry("[Content_Types].xml") != null && zip.getEntry(mainPart) != null)
                .orElse(false);
    }

    private static Optional<String> zipEntryText(byte[] bytes, String name) {
        return withZip(bytes, zip -> {
            ZipArchiveEntry entry = zip.getEntry(name);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                // A few bytes only: a crafted entry cannot make us unpack much.
                return new String(in.readNBytes(100), StandardCharsets.US_ASCII);
            }
        });
    }

    private interface ZipQuery<T> {
        T ask(ZipFile zip) throws IOException;
    }

    /** Reads the zip's central directory only; nothing is unpacked unless the query asks for an entry. */
    private static <T> Optional<T> withZip(byte[] bytes, ZipQuery<T> query) {
        if (!startsWith(bytes, 0, "PK\u0003\u0004")) {
            return Optional.empty();
        }
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            return Optional.ofNullable(query.ask(zip));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        return startsWith(bytes, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
