package no.medvirk.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.LessonHtml;
import no.medvirk.catalog.source.CourseSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.w3c.dom.Element;

/** Every course under courses/ exports as a SCORM 2004 4th edition package and a cmi5 package that are complete. */
@SpringBootTest
class CoursePackagesTest {

    @Autowired
    CoursePackages packages;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    LessonHtml lessonHtml;

    @TempDir
    Path folder;

    @Test
    void every_course_exports_as_scorm_whose_manifest_the_shipped_4th_edition_schemas_accept() throws Exception {
        List<CourseVersion> versions = catalog.versions().stream()
                .filter(v -> catalog.latestVersion(v.courseId()).orElseThrow().id().equals(v.id())).toList();
        assertThat(versions).hasSizeGreaterThanOrEqualTo(6);
        for (CourseVersion version : versions) {
            CoursePackage exported = packages.export(version.courseId(), PackageFormat.SCORM_2004).orElseThrow();
            assertThat(exported.fileName())
                    .isEqualTo(version.courseId() + "-v" + version.number() + "-scorm2004.zip");
            var files = PackageFiles.of(exported.zip());
            Path unpacked = files.unpackTo(folder.resolve(version.courseId()));
            validate(unpacked, "imsmanifest.xml", "imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd",
                    "adlnav_v1p3.xsd", "imsss_v1p0.xsd");
            assertComplete(version, files);
            assertThat(files.entries()).containsKeys("player/player.js", "player/scorm.js", "player/player.css")
                    .doesNotContainKey("cmi5.xml");

            var manifest = xml(files.text("imsmanifest.xml"));
            assertThat(manifest.getElementsByTagNameNS(ScormManifest.CP, "schemaversion").item(0).getTextContent())
                    .isEqualTo("2004 4th Edition");
            assertThat(manifest.getElementsByTagNameNS(ScormManifest.CP, "organization").getLength()).isOne();
            var resource = (Element) manifest.getElementsByTagNameNS(ScormManifest.CP, "resource").item(0);
            assertThat(resource.getAttributeNS(ScormManifest.ADLCP, "scormType")).isEqualTo("sco");
            assertThat(resource.getAttribute("href")).isEqualTo("index.html");
            Set<String> listed = new HashSet<>();
            var listedFiles = resource.getElementsByTagNameNS(ScormManifest.CP, "file");
            for (int i = 0; i < listedFiles.getLength(); i++) {
                listed.add(URLDecoder.decode(((Element) listedFiles.item(i)).getAttribute("href"),
                        StandardCharsets.UTF_8));
            }
            Set<String> content = new HashSet<>(files.entries().keySet());
            content.remove("imsmanifest.xml");
            content.removeAll(ScormManifest.SCHEMAS);
            assertThat(listed).as("the files of %s's SCO", version.courseId()).isEqualTo(content);
        }
    }

    @Test
    void the_sample_course_passes_with_as_many_right_answers_as_its_two_quizzes_ask_for() throws Exception {
        var files = PackageFiles.of(packages.export("eksempelkurs", PackageFormat.SCORM_2004).orElseThrow().zip());
        var manifest = xml(files.text("imsmanifest.xml"));

        // 2 of 3 in the first quiz (pass mark 0.5) and 3 of 3 in the second (0.8): 5 of 6.
        var objective = (Element) manifest.getElementsByTagNameNS(ScormManifest.IMSSS, "primaryObjective").item(0);
        assertThat(objective.getAttribute("satisfiedByMeasure")).isEqualTo("true");
        assertThat(objective.getTextContent().strip()).isEqualTo("0.8333");
        assertThat(files.text("index.html")).contains("\"masteryScore\":0.8333", "\"scoredQuestions\":6");
    }

    @Test
    void every_course_exports_as_cmi5_whose_course_structure_the_cmi5_schema_accepts() throws Exception {
        for (var course : catalog.courses()) {
            CoursePackage exported = packages.export(course.id(), PackageFormat.CMI5).orElseThrow();
            var files = PackageFiles.of(exported.zip());
            Path unpacked = files.unpackTo(folder.resolve("cmi5-" + course.id()));
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(CoursePackagesTest.class.getResource("/cmi5/CourseStructure.xsd")).newValidator()
                    .validate(new StreamSource(unpacked.resolve("cmi5.xml").toFile()));
            CourseVersion version = catalog.latestVersion(course.id()).orElseThrow();
            assertComplete(version, files);
            assertThat(files.entries()).containsKeys("player/player.js", "player/cmi5.js")
                    .doesNotContainKeys("imsmanifest.xml", "player/scorm.js");

            var structure = xml(files.text("cmi5.xml"));
            var au = (Element) structure.getElementsByTagNameNS(Cmi5Structure.NAMESPACE, "au").item(0);
            assertThat(structure.getElementsByTagNameNS(Cmi5Structure.NAMESPACE, "au").getLength()).isOne();
            var masteryScore = PackageScoring.of(version.course()).masteryScore();
            assertThat(au.getAttribute("launchMethod")).isEqualTo("AnyWindow");
            if (masteryScore.isPresent()) {
                assertThat(au.getAttribute("moveOn")).as(course.id()).isEqualTo("CompletedAndPassed");
                assertThat(new java.math.BigDecimal(au.getAttribute("masteryScore"))).isEqualTo(masteryScore.get());
            } else {
                // A course without scored questions (other tests import some into the shared database).
                assertThat(au.getAttribute("moveOn")).as(course.id()).isEqualTo("Completed");
                assertThat(au.getAttribute("masteryScore")).isEmpty();
            }
            assertThat(au.getElementsByTagNameNS(Cmi5Structure.NAMESPACE, "url").item(0).getTextContent())
                    .isEqualTo("index.html");
            assertThat(au.getAttribute("id")).endsWith("/xapi/activities/courses/" + course.id() + "/au");
        }
    }

    @Test
    void the_page_is_in_bokmal_with_every_lesson_and_quiz_titled_and_links_out_opening_a_new_window() {
        var files = PackageFiles.of(packages.export("eksempelkurs", PackageFormat.CMI5).orElseThrow().zip());
        Document page = Jsoup.parse(files.text("index.html"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nb");
        assertThat(page.select("img")).isNotEmpty().allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
        assertThat(page.select("a[href^=http]")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.attr("target")).isEqualTo("_blank");
            assertThat(a.text()).contains("(åpnes i et nytt vindu)");
        });
        assertThat(page.select("input")).allSatisfy(input ->
                assertThat(page.select("label[for=" + input.id() + "]")).hasSize(1));
        assertThat(page.select("fieldset")).allSatisfy(set -> assertThat(set.selectFirst("legend")).isNotNull());
        assertThat(page.select("script[src]")).extracting(s -> s.attr("src"))
                .containsExactly("player/cmi5.js", "player/player.js");
    }

    @Test
    void an_unknown_course_has_no_package() {
        assertThat(packages.export("finnes-ikke", PackageFormat.SCORM_2004)).isEmpty();
    }

    /** Every lesson and quiz is a titled section of the page, and every media file it shows is in the zip. */
    private void assertComplete(CourseVersion version, PackageFiles files) {
        Document page = Jsoup.parse(files.text("index.html"));
        List<CourseSource.Item> items = version.course().modules().stream().flatMap(m -> m.items().stream()).toList();
        assertThat(page.select("main > section.item")).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(page.selectFirst("#del-" + (i + 1) + "-title").text()).isEqualTo(CoursePage.title(items.get(i)));
        }
        assertThat(page.select("form.quiz-form")).hasSize(
                (int) items.stream().filter(CourseSource.Quiz.class::isInstance).count());
        for (String path : lessonHtml.mediaPaths(version.course())) {
            assertThat(files.entries()).as("media of %s", version.courseId()).containsKey("media/" + path);
        }
        page.select("[src]").forEach(element -> assertThat(files.entries())
                .as("%s points at a file in the package", element).containsKey(
                        URLDecoder.decode(element.attr("src"), StandardCharsets.UTF_8)));
    }

    private static void validate(Path folder, String document, String... schemas) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = java.util.Arrays.stream(schemas)
                .map(s -> new StreamSource(folder.resolve(s).toFile())).toArray(Source[]::new);
        factory.newSchema(sources).newValidator().validate(new StreamSource(folder.resolve(document).toFile()));
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
