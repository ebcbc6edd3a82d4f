package no.medvirk.certificate.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Noto Sans regular and bold, parsed from bytes read once. A parsed font is read again when a document's subset is
 * written, which is not safe across threads, so each thread parses its own pair once and keeps it.
 */
final class Fonts {

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    private final CmapLookup cmap;

    Fonts(byte[] regular, byte[] bold) {
        try {
            this.regular = new TTFParser().parse(new RandomAccessReadBuffer(regular));
            this.bold = new TTFParser().parse(new RandomAccessReadBuffer(bold));
            this.cmap = this.regular.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate fonts", e);
        }
    }

    /**
     * The text with every character the fonts have no glyph for replaced by a question mark: a name in a script
     * Noto Sans lacks must still give a valid PDF/A (which forbids .notdef), and the stored name stays as typed.
     */
    String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
