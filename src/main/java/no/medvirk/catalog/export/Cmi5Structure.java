package no.medvirk.catalog.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.shared.LocalizedText;

/**
 * cmi5.xml: the course and one AU, launched from index.html in any window. The AU is satisfied when the learner has
 * gone through every lesson and quiz (completed) and has the mastery score (passed), as a Medvirk course is
 * finished; a course without scored questions needs only completion.
 */
final class Cmi5Structure {

    static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    private Cmi5Structure() {}

    /** The course's IRI: the same one Medvirk's own statements use for the course. */
    static String courseIri(String baseUrl, String courseId) {
        return baseUrl.replaceAll("/+$", "") + "/xapi/activities/courses/" + courseId;
    }

    static byte[] xml(CourseVersion version, PackageScoring scoring, String baseUrl) {
        String course = courseIri(baseUrl, version.courseId());
        return Xml.document(xml -> {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "courseStructure");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "course");
            xml.writeAttribute("id", course);
            texts(xml, version);
            xml.writeEndElement();
            xml.writeStartElement(NAMESPACE, "au");
            xml.writeAttribute("id", course + "/au");
            xml.writeAttribute("moveOn", scoring.scored() ? "CompletedAndPassed" : "Completed");
            if (scoring.masteryScore().isPresent()) {
                xml.writeAttribute("masteryScore", scoring.masteryScore().get().toPlainString());
            }
            xml.writeAttribute("launchMethod", "AnyWindow");
            texts(xml, version);
            Xml.element(xml, NAMESPACE, "url", "index.html");
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void texts(XMLStreamWriter xml, CourseVersion version) throws XMLStreamException {
        langstrings(xml, "title", version.course().title());
        langstrings(xml, "description", version.course().summary());
    }

    private static void langstrings(XMLStreamWriter xml, String element, LocalizedText text)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element);
        xml.writeStartElement(NAMESPACE, "langstring");
        xml.writeAttribute("lang", "nb");
        xml.writeCharacters(text.nb());
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "langstring");
        xml.writeAttribute("lang", "en");
        xml.writeCharacters(text.en());
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
