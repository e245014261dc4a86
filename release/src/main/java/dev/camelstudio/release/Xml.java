package dev.camelstudio.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The little of the JDK's DOM the checks need: namespace-aware, no external entities, children by local name. */
final class Xml {

    private Xml() {
    }

    /**
     * Parses a file, refusing DTDs and external entities.
     *
     * @param file an XML file
     * @return its document
     * @throws IOException if it cannot be read or is not well-formed XML
     */
    static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * The element children of {@code parent} with a local name, in document order.
     *
     * @param parent    the element whose children to list
     * @param localName the children's local name, or {@code null} for every element child
     * @return the matching children
     */
    static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (localName == null || localName.equals(element.getLocalName()))) {
                children.add(element);
            }
        }
        return children;
    }

    /**
     * The trimmed text of the first child with a local name.
     *
     * @param parent    the element whose child to read
     * @param localName the child's local name
     * @return its text, or {@code null} if there is no such child or it is blank
     */
    static String text(Element parent, String localName) {
        List<Element> children = children(parent, localName);
        if (children.isEmpty()) {
            return null;
        }
        String text = children.get(0).getTextContent().trim();
        return text.isEmpty() ? null : text;
    }
}
