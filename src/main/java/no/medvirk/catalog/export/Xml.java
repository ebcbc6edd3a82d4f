package no.medvirk.catalog.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a small XML document with a streaming writer, which escapes every text and attribute it is given. */
final class Xml {

    /** The document's content, written between the declaration and the end. */
    interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private Xml() {}

    static byte[] document(Content content) {
        var bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            content.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        return bytes.toString(StandardCharsets.UTF_8).concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
