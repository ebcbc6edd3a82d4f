package no.medvirk.certificate.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import no.medvirk.shared.MedvirkI18NProvider;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as an A4 PDF/A-2a that is also tagged for PDF/UA-1: embedded Noto Sans subsets, an sRGB
 * output intent, XMP metadata, a structure tree in reading order with alt text for the logo and the QR code, the
 * document's language and title. The fonts and the colour profile are read once; a course's logo is decoded once.
 * The same input gives the same bytes (dates and the document id come from the certificate), so a certificate
 * downloaded twice is the same file.
 */
@Component
public class CertificatePdf {

    static final float WIDTH = 595.28f;
    static final float HEIGHT = 841.89f;
    static final float MARGIN = 64;
    static final float QR_SIZE = 110;
    static final float BOTTOM = 56;
    static final Color TEXT = new Color(0x1b1b1b);
    static final Color MUTED = new Color(0x4a4a4a);

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] srgb;
    private final ThreadLocal<Fonts> fonts;
    private final Map<String, EncodedImage> logos = new ConcurrentHashMap<>();

    public CertificatePdf() {
        regular = resource("certificate/fonts/NotoSans-Regular.ttf");
        bold = resource("certificate/fonts/NotoSans-Bold.ttf");
        srgb = resource("certificate/icc/sRGB.icc");
        fonts = ThreadLocal.withInitial(() -> new Fonts(regular, bold));
    }

    public byte[] render(CertificateDocument certificate) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream(64 * 1024)) {
            new Writing(document, certificate).write();
            // Plain cross-reference table and objects: object streams cost time and save little on one page.
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + certificate.id(), e);
        }
    }

    /** The writing of one document. */
    private final class Writing {

        private final PDDocument document;
        private final CertificateDocument c;
        private final ResourceBundle texts;
        private final Fonts glyphs;
        private final PDFont regularFont;
        private final PDFont boldFont;
        private final Color accent;
        private TaggedWriter.Page page;
        private TaggedWriter.Page firstPage;
        private float y;

        Writing(PDDocument document, CertificateDocument certificate) throws IOException {
            this.document = document;
            this.c = certificate;
            this.texts = MedvirkI18NProvider.bundle(certificate.language());
            this.glyphs = fonts.get();
            this.regularFont = PDType0Font.load(document, glyphs.regular, true);
            this.boldFont = PDType0Font.load(document, glyphs.bold, true);
            this.accent = new Color(certificate.accentRgb());
        }

        void write() throws IOException {
            String language = c.language().locale().toLanguageTag();
            String title = text("certificate.pdf.document-title", c.courseTitle(), c.fullName());
            describe(title, language);
            try (var tagged = new TaggedWriter(document, language)) {
                page = tagged.newPage();
                firstPage = page;
                frame(tagged);
                PDStructureElement body = tagged.body();
                logo(tagged, body);
                y = HEIGHT - MARGIN - 78;
                centred(tagged, body, StandardStructureTypes.H1, boldFont, 30, TEXT, text("certificate.pdf.title"), 14);
                centred(tagged, body, StandardStructureTypes.P, regularFont, 13, MUTED,
                        text("certificate.pdf.certifies"), 10);
                centred(tagged, body, StandardStructureTypes.P, boldFont, 24, TEXT, c.fullName(), 10);
                centred(tagged, body, StandardStructureTypes.P, regularFont, 13, MUTED,
                        text("certificate.pdf.completed"), 12);
                centred(tagged, body, StandardStructureTypes.H2, boldFont, 18, TEXT, c.courseTitle(), 10);
                String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(c.language().locale())
                        .format(c.completedOn());
                centred(tagged, body, StandardStructureTypes.P, regularFont, 11, TEXT,
                        text("certificate.pdf.facts", String.valueOf(c.courseVersion()), date) + " · "
                                + text(c.minutesMeasured() ? "certificate.pdf.time-spent"
                                        : "certificate.pdf.time-estimated", String.valueOf(c.minutes())), 4);
                if (!c.levels().isEmpty()) {
                    centred(tagged, body, StandardStructureTypes.P, regularFont, 11, TEXT,
                            text("certificate.pdf.levels", String.join(", ", c.levels())), 4);
                }
                y -= 14;
                float bottom = BOTTOM + QR_SIZE + 28;
                if (!c.competence().isEmpty()) {
                    block(tagged, body, StandardStructureTypes.H3, boldFont, 12, text("certificate.pdf.competence"),
                            6, bottom);
                    list(tagged, body, bottom);
                }
                y -= 6;
                block(tagged, body, StandardStructureTypes.P, regularFont, 10,
                        text("certificate.pdf.issued-by", c.issuer()), 0, bottom);
                signature(tagged, body, bottom);
                verification(tagged, body);
            }
        }

        /** The information dictionary and XMP say the same; PDF/A wants them equal, PDF/UA wants the title shown. */
        private void describe(String title, String language) throws IOException {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            var info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator(Xmp.CREATOR);
            info.setProducer(Xmp.PRODUCER);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            created.setTimeInMillis(c.issuedAt().getEpochSecond() * 1000);
            info.setCreationDate(created);
            info.setModificationDate(created);
            document.setDocumentInformation(info);
            var metadata = new PDMetadata(document);
            metadata.importXMPMetadata(Xmp.packet(title, language, c.issuedAt())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            catalog.setLanguage(language);
            var preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            var markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            var intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
            byte[] id = java.nio.ByteBuffer.allocate(16).putLong(c.id().getMostSignificantBits())
                    .putLong(c.id().getLeastSignificantBits()).array();
            var ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
        }

        private void frame(TaggedWriter tagged) throws IOException {
            tagged.artifact(page, content -> {
                content.setStrokingColor(accent);
                content.setLineWidth(2.5f);
                content.addRect(28, 28, WIDTH - 56, HEIGHT - 56);
                content.stroke();
                content.setLineWidth(0.75f);
                content.addRect(34, 34, WIDTH - 68, HEIGHT - 68);
                content.stroke();
            });
        }

        private void logo(TaggedWriter tagged, PDStructureElement body) throws IOException {
            PDStructureElement figure = tagged.element(StandardStructureTypes.Figure, body);
            float top = HEIGHT - MARGIN;
            if (c.logo() != null) {
                EncodedImage image = logos.computeIfAbsent(c.logo().key(), key -> encode(c.logo().bytes()));
                PDImageXObject xobject = new PDImageXObject(document, new ByteArrayInputStream(image.flate()),
                        COSName.FLATE_DECODE, image.width(), image.height(), 8, PDDeviceRGB.INSTANCE);
                float scale = Math.min(200f / image.width(), 60f / image.height());
                float w = image.width() * scale;
                float h = image.height() * scale;
                figure.setAlternateDescription(text("certificate.pdf.logo-alt", c.issuer()));
                tagged.figure(page, figure, content -> content.drawImage(xobject, (WIDTH - w) / 2, top - h, w, h));
            } else {
                figure.setAlternateDescription(text("certificate.pdf.medvirk-alt"));
                tagged.figure(page, figure, content -> {
                    content.setStrokingColor(accent);
                    content.setLineWidth(3);
                    for (int i = 0; i < 3; i++) {
                        float cx = WIDTH / 2 - 20 + i * 20;
                        circle(content, cx, top - 22, 18);
                    }
                });
            }
        }

        private void circle(org.apache.pdfbox.pdmodel.PDPageContentStream content, float cx, float cy, float r)
                throws IOException {
            float k = 0.5523f * r;
            content.moveTo(cx + r, cy);
            content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            content.stroke();
        }

        /** A centred paragraph or heading, wrapped to the text width. */
        private void centred(TaggedWriter tagged, PDStructureElement parent, String type, PDFont font, float size,
                Color color, String text, float after) throws IOException {
            PDStructureElement element = tagged.element(type, parent);
            List<TaggedWriter.Line> lines = new ArrayList<>();
            for (String line : wrap(glyphs.printable(text), font, size, WIDTH - 2 * MARGIN)) {
                y -= size * 1.25f;
                lines.add(new TaggedWriter.Line(line, (WIDTH - width(line, font, size)) / 2, y));
            }
            tagged.text(page, element, font, size, color, lines);
            y -= after;
        }

        /** A left-aligned paragraph or heading; on a new page when it would not fit above {@code bottom}. */
        private void block(TaggedWriter tagged, PDStructureElement parent, String type, PDFont font, float size,
                String text, float after, float bottom) throws IOException {
            PDStructureElement element = tagged.element(type, parent);
            List<String> wrapped = wrap(glyphs.printable(text), font, size, WIDTH - 2 * MARGIN);
            room(tagged, wrapped.size() * size * 1.3f, bottom);
            List<TaggedWriter.Line> lines = new ArrayList<>();
            for (String line : wrapped) {
                y -= size * 1.3f;
                lines.add(new TaggedWriter.Line(line, MARGIN, y));
            }
            tagged.text(page, element, font, size, TEXT, lines);
            y -= after;
        }

        /** The competence items as a list: each item a bullet label and a wrapped body. */
        private void list(TaggedWriter tagged, PDStructureElement parent, float bottom) throws IOException {
            PDStructureElement list = tagged.element(StandardStructureTypes.L, parent);
            float size = 10;
            float indent = 14;
            for (String item : c.competence()) {
                List<String> wrapped = wrap(glyphs.printable(item), regularFont, size, WIDTH - 2 * MARGIN - indent);
                room(tagged, wrapped.size() * size * 1.3f + 3, bottom);
                PDStructureElement li = tagged.element(StandardStructureTypes.LI, list);
                PDStructureElement label = tagged.element(StandardStructureTypes.LBL, li);
                PDStructureElement itemBody = tagged.element(StandardStructureTypes.L_BODY, li);
                float first = y - size * 1.3f;
                tagged.text(page, label, regularFont, size, accent.darker(),
                        List.of(new TaggedWriter.Line("•", MARGIN + 2, first)));
                List<TaggedWriter.Line> lines = new ArrayList<>();
                for (String line : wrapped) {
                    y -= size * 1.3f;
                    lines.add(new TaggedWriter.Line(line, MARGIN + indent, y));
                }
                tagged.text(page, itemBody, regularFont, size, TEXT, lines);
                y -= 3;
            }
        }

        private void signature(TaggedWriter tagged, PDStructureElement body, float bottom) throws IOException {
            if (c.signerName() == null) {
                return;
            }
            room(tagged, 56, bottom);
            y -= 24;
            float lineY = y;
            tagged.artifact(page, content -> {
                content.setStrokingColor(MUTED);
                content.setLineWidth(0.75f);
                content.moveTo(MARGIN, lineY);
                content.lineTo(MARGIN + 200, lineY);
                content.stroke();
            });
            y -= 2;
            block(tagged, body, StandardStructureTypes.P, boldFont, 10, c.signerName(), 0, bottom);
            if (c.signerTitle() != null) {
                block(tagged, body, StandardStructureTypes.P, regularFont, 10, c.signerTitle(), 0, bottom);
            }
            y -= 12;
        }

        /** At the foot of the first page: the QR code, the address it opens and the code, with a heading. */
        private void verification(TaggedWriter tagged, PDStructureElement body) throws IOException {
            TaggedWriter.Page first = firstPage;
            PDStructureElement section = tagged.element(StandardStructureTypes.SECT, body);
            PDStructureElement figure = tagged.element(StandardStructureTypes.Figure, section);
            figure.setAlternateDescription(text("certificate.pdf.qr-alt", c.verifyUrl()));
            var qr = new QrCode(c.verifyUrl());
            tagged.figure(first, figure, content -> qr.draw(content, MARGIN, BOTTOM, QR_SIZE));
            float x = MARGIN + QR_SIZE + 22;
            float textY = BOTTOM + QR_SIZE - 12;
            String[][] rows = {
                {StandardStructureTypes.H2, "b", text("certificate.pdf.verify-heading")},
                {StandardStructureTypes.P, "r", text("certificate.pdf.verify-text")},
                {StandardStructureTypes.P, "r", c.verifyUrl()},
                {StandardStructureTypes.P, "b", text("certificate.pdf.code", c.code())},
                {StandardStructureTypes.P, "r", text("certificate.pdf.id", c.id().toString())}};
            for (String[] row : rows) {
                PDFont font = row[1].equals("b") ? boldFont : regularFont;
                float size = row[0].equals(StandardStructureTypes.H2) ? 12 : 9.5f;
                List<TaggedWriter.Line> lines = new ArrayList<>();
                for (String line : wrap(glyphs.printable(row[2]), font, size, WIDTH - MARGIN - x)) {
                    lines.add(new TaggedWriter.Line(line, x, textY));
                    textY -= size * 1.45f;
                }
                tagged.text(first, tagged.element(row[0], section), font, size, TEXT, lines);
            }
        }

        /** Goes on on a new page when the next {@code height} points would not fit above {@code bottom}. */
        private void room(TaggedWriter tagged, float height, float bottom) throws IOException {
            if (y - height < bottom) {
                page = tagged.newPage();
                frame(tagged);
                y = HEIGHT - MARGIN;
            }
        }

        private String text(String key, Object... arguments) {
            String pattern = texts.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, c.language().locale()).format(arguments);
        }
    }

    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** A logo's pixels as a Flate-encoded RGB stream, made once per logo and copied into each document. */
    private record EncodedImage(int width, int height, byte[] flate) {}

    private static EncodedImage encode(byte[] bytes) {
        BufferedImage image = decode(bytes);
        byte[] rgb = new byte[image.getWidth() * image.getHeight() * 3];
        int i = 0;
        for (int row = 0; row < image.getHeight(); row++) {
            for (int column = 0; column < image.getWidth(); column++) {
                int pixel = image.getRGB(column, row);
                rgb[i++] = (byte) (pixel >> 16);
                rgb[i++] = (byte) (pixel >> 8);
                rgb[i++] = (byte) pixel;
            }
        }
        var out = new ByteArrayOutputStream();
        try (var deflater = new java.util.zip.DeflaterOutputStream(out,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
            deflater.write(rgb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EncodedImage(image.getWidth(), image.getHeight(), out.toByteArray());
    }

    /** A logo with any transparency laid on white: PDF/A then has no soft mask to judge. */
    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes));
            if (read == null) {
                throw new IllegalArgumentException("Not an image the certificate can show");
            }
            var flat = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
            var graphics = flat.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            graphics.drawImage(read, 0, 0, null);
            graphics.dispose();
            return flat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + path, e);
        }
    }
}
