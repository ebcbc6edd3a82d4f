package no.medvirk.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a manifest with the JDK's DOM parser, locked down: no DOCTYPE (so no entities, external or expanding), no
 * external DTD or schema, no XInclude. A manifest that is not well-formed is refused with its line and column.
 */
final class Xml {

    private static final DocumentBuilderFactory FACTORY = factory();

    private Xml() {}

    static Document parse(Path file, String name) throws PackageRefusal {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            return builder.parse(in);
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new PackageRefusal("doctype", name);
            }
            throw new PackageRefusal("malformed-xml", name, e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException e) {
            throw new PackageRefusal("malformed-xml", name, 0, 0);
        } catch (IOException | ParserConfigurationException e) {
            throw new PackageRefusal("unreadable-manifest", name);
        }
    }

    /** The element children of an element with this local name, in any namespace or one of the given ones. */
    static List<Element> children(Element parent, String localName, String... namespaces) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && inNamespace(element.getNamespaceURI(), namespaces)) {
                found.add(element);
            }
        }
        return found;
    }

    static @Nullable Element child(Element parent, String localName, String... namespaces) {
        var all = children(parent, localName, namespaces);
        return all.isEmpty() ? null : all.getFirst();
    }

    /** The trimmed text of the first such child, or null when it is missing or blank. */
    static @Nullable String text(Element parent, String localName, String... namespaces) {
        Element child = child(parent, localName, namespaces);
        return child == null ? null : blankToNull(child.getTextContent());
    }

    /** An attribute without a namespace, or null when missing or blank. */
    static @Nullable String attribute(Element element, String name) {
        return element.hasAttribute(name) ? blankToNull(element.getAttribute(name)) : null;
    }

    /** A namespaced attribute in one of the namespaces, or null when missing or blank. */
    static @Nullable String attributeNs(Element element, String localName, String... namespaces) {
        for (String namespace : namespaces) {
            if (element.hasAttributeNS(namespace, localName)) {
                return blankToNull(element.getAttributeNS(namespace, localName));
            }
        }
        return null;
    }

    /** {@code xml:base} of an element. */
    static @Nullable String base(Element element) {
        return attributeNs(element, "base", XMLConstants.XML_NS_URI);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean inNamespace(@Nullable String namespace, String... namespaces) {
        if (namespaces.length == 0) {
            return true;
        }
        for (String candidate : namespaces) {
            if (candidate.equals(namespace)) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilderFactory factory() {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not stop a manifest.
        }

        @Override
        public void error(SAXParseException exception) {
            // Not validating: errors are schema matters, not well-formedness.
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    };
}
