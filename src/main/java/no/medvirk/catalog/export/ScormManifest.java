package no.medvirk.catalog.export;

import java.util.Collection;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.medvirk.catalog.CourseVersion;

/**
 * imsmanifest.xml for SCORM 2004 4th edition: one organization with one item, the whole course as one SCO. The
 * item's primary objective is satisfied by measure at the package's mastery score, so a platform that judges
 * success itself (cmi.scaled_passing_score) agrees with the script; the content sets completion and success.
 */
final class ScormManifest {

    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
    static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";
    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final List<java.util.Map.Entry<String, String>> PREFIXES = List.of(java.util.Map.entry("adlcp",
            ADLCP), java.util.Map.entry("adlseq", ADLSEQ), java.util.Map.entry("adlnav", ADLNAV),
            java.util.Map.entry("imsss", IMSSS), java.util.Map.entry("xsi", XSI));

    /** The control documents shipped beside the manifest, as ADL publishes them for the 4th edition. */
    static final List<String> SCHEMAS = List.of("imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd",
            "adlnav_v1p3.xsd", "imsss_v1p0.xsd", "imsss_v1p0auxresource.xsd", "imsss_v1p0control.xsd",
            "imsss_v1p0delivery.xsd", "imsss_v1p0limit.xsd", "imsss_v1p0objective.xsd", "imsss_v1p0random.xsd",
            "imsss_v1p0rollup.xsd", "imsss_v1p0seqrule.xsd", "imsss_v1p0util.xsd", "xml.xsd", "XMLSchema.dtd",
            "datatypes.dtd");

    private ScormManifest() {}

    /** The manifest listing the given files (URLs relative to the package root) as the SCO's. */
    static byte[] xml(CourseVersion version, PackageScoring scoring, Collection<String> files) {
        String id = "medvirk-" + version.courseId() + "-v" + version.number();
        return Xml.document(xml -> {
            xml.setDefaultNamespace(CP);
            for (var prefix : PREFIXES) {
                xml.setPrefix(prefix.getKey(), prefix.getValue());
            }
            xml.writeStartElement(CP, "manifest");
            xml.writeDefaultNamespace(CP);
            for (var prefix : PREFIXES) {
                xml.writeNamespace(prefix.getKey(), prefix.getValue());
            }
            xml.writeAttribute("identifier", id);
            xml.writeAttribute("version", String.valueOf(version.number()));
            xml.writeAttribute(XSI, "schemaLocation", CP + " imscp_v1p1.xsd " + ADLCP + " adlcp_v1p3.xsd " + ADLSEQ
                    + " adlseq_v1p3.xsd " + ADLNAV + " adlnav_v1p3.xsd " + IMSSS + " imsss_v1p0.xsd");
            xml.writeStartElement(CP, "metadata");
            Xml.element(xml, CP, "schema", "ADL SCORM");
            Xml.element(xml, CP, "schemaversion", "2004 4th Edition");
            xml.writeEndElement();
            xml.writeStartElement(CP, "organizations");
            xml.writeAttribute("default", id + "-org");
            organization(xml, id, version, scoring);
            xml.writeEndElement();
            xml.writeStartElement(CP, "resources");
            xml.writeStartElement(CP, "resource");
            xml.writeAttribute("identifier", id + "-sco");
            xml.writeAttribute("type", "webcontent");
            xml.writeAttribute(ADLCP, "scormType", "sco");
            xml.writeAttribute("href", "index.html");
            for (String file : files) {
                xml.writeEmptyElement(CP, "file");
                xml.writeAttribute("href", file);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void organization(XMLStreamWriter xml, String id, CourseVersion version, PackageScoring scoring)
            throws XMLStreamException {
        String title = version.course().title().nb();
        xml.writeStartElement(CP, "organization");
        xml.writeAttribute("identifier", id + "-org");
        Xml.element(xml, CP, "title", title);
        xml.writeStartElement(CP, "item");
        xml.writeAttribute("identifier", id + "-item");
        xml.writeAttribute("identifierref", id + "-sco");
        Xml.element(xml, CP, "title", title);
        xml.writeStartElement(IMSSS, "sequencing");
        if (scoring.masteryScore().isPresent()) {
            xml.writeStartElement(IMSSS, "objectives");
            xml.writeStartElement(IMSSS, "primaryObjective");
            xml.writeAttribute("objectiveID", id + "-passed");
            xml.writeAttribute("satisfiedByMeasure", "true");
            Xml.element(xml, IMSSS, "minNormalizedMeasure", scoring.masteryScore().get().toPlainString());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEmptyElement(IMSSS, "deliveryControls");
        xml.writeAttribute("completionSetByContent", "true");
        xml.writeAttribute("objectiveSetByContent", "true");
        xml.writeEndElement();
        // One SCO has its own navigation: the platform's continue and previous would lead nowhere.
        xml.writeStartElement(ADLNAV, "presentation");
        xml.writeStartElement(ADLNAV, "navigationInterface");
        Xml.element(xml, ADLNAV, "hideLMSUI", "continue");
        Xml.element(xml, ADLNAV, "hideLMSUI", "previous");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(IMSSS, "sequencing");
        xml.writeEmptyElement(IMSSS, "controlMode");
        xml.writeAttribute("choice", "true");
        xml.writeAttribute("flow", "true");
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
