package io.pledgebench.io;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The only way this application parses XML: a DOM parser that refuses any document type declaration
 * (so no external entity can read a file or reach the network, and no entity can expand into billions of
 * characters), with secure processing and the JDK's size limits switched on.
 */
final class SecureXml {

    /** The JDK parser's limit properties (jdk.xml.*), set explicitly rather than trusting the defaults. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final String ENTITY_EXPANSION_LIMIT = "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit";
    private static final String TOTAL_ENTITY_SIZE_LIMIT = "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit";

    /** How deep elements may nest; a patent register response nests about a dozen levels. */
    static final int MAX_DEPTH = 256;

    private SecureXml() {
    }

    static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute(MAX_ELEMENT_DEPTH, MAX_DEPTH);
            f.setAttribute(ENTITY_EXPANSION_LIMIT, 100);
            f.setAttribute(TOTAL_ENTITY_SIZE_LIMIT, 100_000);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser of this Java runtime cannot be secured: " + e.getMessage(), e);
        }
        return f;
    }

    /** A SAX parser secured like {@link #factory()}: the same refusals (DTD, entities, depth) with the same messages. */
    static javax.xml.parsers.SAXParser saxParser() {
        try {
            javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            javax.xml.parsers.SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            p.setProperty(MAX_ELEMENT_DEPTH, MAX_DEPTH);
            p.setProperty(ENTITY_EXPANSION_LIMIT, 100);
            p.setProperty(TOTAL_ENTITY_SIZE_LIMIT, 100_000);
            return p;
        } catch (ParserConfigurationException | SAXException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser of this Java runtime cannot be secured: " + e.getMessage(), e);
        }
    }

    /** Parses {@code in}; a DTD, malformed XML or a limit reached is a {@link SAXException}. */
    static Document parse(InputStream in) throws IOException, SAXException {
        DocumentBuilder b;
        try {
            b = factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        b.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
        });
        b.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not change the document that is read
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return b.parse(in);
    }
}
