package app.gendan.service.imports;

import javax.xml.stream.XMLInputFactory;

/** A StAX factory that refuses DTDs and external entities (no XXE, no entity bombs). */
final class XmlInput {
    private static final XMLInputFactory FACTORY = create();

    private XmlInput() {}

    static XMLInputFactory factory() {
        return FACTORY;
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** The value of the attribute with this local name, whatever its namespace; null when absent. */
    static String attr(javax.xml.stream.XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    static boolean isTrue(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v);
    }
}
