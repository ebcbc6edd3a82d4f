package no.medvirk.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.medvirk.catalog.CourseImportResult;
import no.medvirk.catalog.CourseImporter;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.learning.CourseActivities;
import no.medvirk.learning.Enrolments;
import no.medvirk.support.TestCertificates;
import no.medvirk.support.TestLearners;
import no.medvirk.xapi.XapiJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A course folder that wraps a SCORM package (course.yaml's {@code package:}): the catalog imports it with the zip,
 * the packages module imports the zip the first time the course is played, and finishing the package finishes the
 * enrolment and gets the learner a certificate, as a native course would.
 */
@SpringBootTest
class WrappedPackageTest {

    static final Path COURSES = Path.of("target/test-package-courses");

    @DynamicPropertySource
    static void coursesWithAPackage(DynamicPropertyRegistry registry) throws IOException {
        Path folder = COURSES.resolve("golf-pakke");
        Files.createDirectories(folder);
        Files.copy(TestPackages.sample("scorm12-runtime-basic-calls.zip"), folder.resolve("golf.zip"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("course.yaml"), """
                id: golf-pakke
                title: {nb: Golf forklart, en: Golf explained}
                summary: {nb: En SCORM-pakke som kurs., en: A SCORM package as a course.}
                audiences: [employee]
                levels: [service]
                estimatedMinutes: 20
                objectives: [{nb: Kjenne reglene., en: Know the rules.}]
                licence: all-rights-reserved
                authors: [Rustici Software]
                sources: [{title: Golf Explained}]
                package: golf.zip
                """);
        registry.add("medvirk.courses-dir", COURSES::toString);
    }

    @Autowired
    CourseImporter importer;

    @Autowired
    Enrolments enrolments;

    @Autowired
    WrappedPackages wrappedPackages;

    @Autowired
    ScormRuntime runtime;

    @Autowired
    CourseActivities activities;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Certificates certificates;

    @Test
    void a_learner_who_passes_the_wrapped_package_finishes_the_course_and_gets_a_certificate() throws Exception {
        assertThat(importer.importFolder("golf-pakke").outcome()).isIn(CourseImportResult.Outcome.NEW_VERSION,
                CourseImportResult.Outcome.UNCHANGED);
        PersonId person = people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();
        var enrolment = enrolments.start(person, "golf-pakke");
        var course = enrolments.version(enrolment);
        assertThat(course.course().wrapsPackage()).isTrue();
        assertThat(course.course().modules()).isEmpty();

        PackageVersion version = wrappedPackages.packageOf(course);
        assertThat(version.standard()).isEqualTo(Standard.SCORM_12);
        assertThat(wrappedPackages.packageOf(course).id()).isEqualTo(version.id());

        var learner = new ScormRuntime.Learner(person.value(), "Lene Lærer", new ScormRuntime.CourseContext(
                "golf-pakke", course.course().title(), enrolment.id()));
        var launch = runtime.launch(learner, version, null);
        String token = XapiJson.parse(launch.runtime()).path("commitUrl").asString().split("/")[2];
        runtime.commit(person.value(), token, 1, XapiJson.parse("""
                {"seq": 1, "terminate": true, "cmi": {"core": {"lesson_status": "passed", "score": {"raw": "90"},
                 "session_time": "0000:12:00"}}}""")).orElseThrow();

        assertThat(enrolments.open(person, "golf-pakke")).isEmpty();
        var certificate = TestCertificates.issuedFor(certificates, person, Duration.ofSeconds(20));
        assertThat(certificate.courseId()).isEqualTo("golf-pakke");
        assertThat(activities.courseId(activities.course("golf-pakke"))).contains("golf-pakke");
    }
}
