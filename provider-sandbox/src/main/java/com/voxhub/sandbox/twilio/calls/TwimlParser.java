package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.recording.CallInstructions.TwimlVerb;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a TwiML document into its verbs (Say, Gather, Dial, Play, Hangup, ...), as Twilio would run them. */
final class TwimlParser {

    private TwimlParser() {
    }

    /** @throws IllegalArgumentException when the document is not TwiML (Twilio error 12100) */
    static List<TwimlVerb> parse(String twiml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // The TwiML comes from a URL we were given: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("Document parse failure: " + e.getMessage(), e);
        }
        if (!"Response".equals(root.getTagName())) {
            throw new IllegalArgumentException("Document parse failure: the root element must be <Response>");
        }
        return verbsOf(root);
    }

    /** The first Gather of the document, top level or nested, if any. */
    static Optional<TwimlVerb> firstGather(List<TwimlVerb> verbs) {
        for (TwimlVerb verb : verbs) {
            if ("Gather".equals(verb.verb())) {
                return Optional.of(verb);
            }
            Optional<TwimlVerb> nested = firstGather(verb.nested());
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    private static List<TwimlVerb> verbsOf(Element parent) {
        List<TwimlVerb> verbs = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                verbs.add(new TwimlVerb(element.getTagName(), attributes(element), ownText(element),
                        verbsOf(element)));
            }
        }
        return List.copyOf(verbs);
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            attributes.put(all.item(i).getNodeName(), all.item(i).getNodeValue());
        }
        return attributes;
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        String trimmed = text.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
