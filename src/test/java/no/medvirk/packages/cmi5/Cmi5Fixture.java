package no.medvirk.packages.cmi5;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.medvirk.identity.PersonId;
import no.medvirk.packages.PackageUpload;
import no.medvirk.shared.Language;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the cmi5 tests share: a fresh test course, a learner of its own, launching over real HTTP, reading the LRS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class Cmi5Fixture {

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @Autowired
    PackageUpload upload;

    @Autowired
    Cmi5Courses courses;

    @Autowired
    LearningRecordStore lrs;

    TestCourse course;
    PersonId learner;

    @BeforeEach
    void aFreshCourseAndLearner() throws Exception {
        course = new TestCourse(upload, folder);
        learner = new PersonId(UUID.randomUUID());
    }

    String site() {
        return "http://localhost:" + port;
    }

    Cmi5Courses.Launch launch(PersonId person, String au, @Nullable String catalogCourse) {
        return courses.launch(new Cmi5Courses.Request(person, course.version.id(), au, site(),
                site() + "/pakkeinnhold/" + course.version.id() + "/", site() + "/tilbake", Language.NB,
                catalogCourse));
    }

    TestAu au(Cmi5Courses.Launch launch) {
        return new TestAu(port, launch.url());
    }

    /** The registration's statements with this verb, oldest first. */
    List<JsonNode> statements(String verb, UUID registration) {
        return lrs.query(new StatementQuery(null, verb, null, registration, false, false, null, null, 0, true, null,
                null)).statements();
    }

    /** Waits for what an event listener records after the LRS commits. */
    static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T current = value.get();
        while (!done.test(current) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            current = value.get();
        }
        return current;
    }

    static String verb(String name) {
        return switch (name) {
            case "abandoned", "waived", "satisfied" -> "https://w3id.org/xapi/adl/verbs/" + name;
            default -> "http://adlnet.gov/expapi/verbs/" + name;
        };
    }
}
