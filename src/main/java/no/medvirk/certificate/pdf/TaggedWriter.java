package no.medvirk.certificate.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes content that is either tagged or an artifact, never neither (PDF/UA): each piece of text or figure is one
 * marked-content sequence with its own MCID, attached to a structure element, and the parent tree maps every page's
 * MCIDs back to their elements. The order elements are created in is the reading order.
 */
final class TaggedWriter implements AutoCloseable {

    private final PDDocument document;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    private final List<Page> pages = new ArrayList<>();

    TaggedWriter(PDDocument document, String language) {
        this.document = document;
        document.getDocumentCatalog().setStructureTreeRoot(root);
        body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        body.setLanguage(language);
        root.appendKid(body);
    }

    PDStructureElement body() {
        return body;
    }

    /** A new A4 page; what follows is written on it. */
    Page newPage() throws IOException {
        var page = new PDPage(PDRectangle.A4);
        page.setStructParents(pages.size());
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        document.addPage(page);
        var written = new Page(page, new PDPageContentStream(document, page));
        pages.add(written);
        return written;
    }

    PDStructureElement element(String type, PDStructureElement parent) {
        var element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Lines of text, each at its own position, as one marked-content sequence of the element. */
    void text(Page page, PDStructureElement element, PDFont font, float size, Color color, List<Line> lines)
            throws IOException {
        PDPageContentStream content = begin(page, element);
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        for (Line line : lines) {
            content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(line.x(), line.y()));
            content.showText(line.text());
        }
        content.endText();
        content.endMarkedContent();
    }

    /** A figure's drawing as one marked-content sequence of the element. */
    void figure(Page page, PDStructureElement element, Drawing drawing) throws IOException {
        PDPageContentStream content = begin(page, element);
        drawing.draw(content);
        content.endMarkedContent();
    }

    /** Decoration that carries no meaning: frames and rules. */
    void artifact(Page page, Drawing drawing) throws IOException {
        page.content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw(page.content);
        page.content.endMarkedContent();
    }

    private PDPageContentStream begin(Page page, PDStructureElement element) throws IOException {
        int mcid = page.parents.size();
        var properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        COSName tag = COSName.getPDFName(element.getStructureType());
        page.content.beginMarkedContent(tag, PDPropertyList.create(properties));
        element.setPage(page.page);
        element.appendKid(new PDMarkedContent(tag, properties));
        page.parents.add(element);
        return page.content;
    }

    @Override
    public void close() throws IOException {
        var nums = new COSArray();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            page.content.close();
            nums.add(COSInteger.get(i));
            nums.add(page.parents);
        }
        var tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(tree, COSArray.class));
        root.setParentTreeNextKey(pages.size());
    }

    /** A page being written: its content stream and its marked content's elements, by MCID. */
    static final class Page {
        final PDPage page;
        final PDPageContentStream content;
        final COSArray parents = new COSArray();

        Page(PDPage page, PDPageContentStream content) {
            this.page = page;
            this.content = content;
        }
    }

    record Line(String text, float x, float y) {}

    @FunctionalInterface
    interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }
}
