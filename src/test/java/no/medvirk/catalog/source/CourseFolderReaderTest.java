package no.medvirk.catalog.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading course folders: a good one whole, and each broken rule named with its file and line. */
class CourseFolderReaderTest {

    static final String COURSE = """
            id: testkurs
            title: {nb: Testkurs, en: Test course}
            summary: {nb: Et kurs for tester., en: A course for tests.}
            audiences: [representative, student]
            levels: [individual, service]
            estimatedMinutes: 20
            objectives:
              - {nb: Forstå medvirkning., en: Understand participation.}
            competence: [rep-1]
            licence: CC-BY-4.0
            authors: [Medvirk]
            sources:
              - {title: Nasjonale faglige råd, url: "https://www.helsedirektoratet.no", year: 2025}
            modules:
              - id: modul-1
                title: {nb: Modul 1, en: Module 1}
                items:
                  - lesson: lessons/a.md
                  - lesson: shared/lessons/felles.md
                  - quiz: quiz.yaml
            """;

    static final String LESSON = """
            ---
            title: Hva er medvirkning
            titleEn: What participation is
            minutes: 5
            competence: [rep-1]
            ---
            Innledning.

            ## Hvorfor

            ![Tre bokser som viser nivåene](media/niva.svg)

            Les mer på [Helsedirektoratet](https://www.helsedirektoratet.no).
            """;

    static final String QUIZ = """
            id: quiz-1
            title: {nb: Quiz, en: Quiz}
            passMark: 0.8
            attempts: unlimited
            questions:
              - id: q1
                type: single
                text: Hva betyr medvirkning?
                options:
                  - {text: Å være med å bestemme, correct: true, feedback: Riktig.}
                  - {text: Å bli informert, correct: false, feedback: Ikke helt.}
                explanation: Medvirkning er mer enn informasjon.
              - id: q2
                type: true-false
                text: Retten til medvirkning står i loven.
                answer: true
                feedback: {correct: Riktig., incorrect: Den står i pasient- og brukerrettighetsloven.}
                explanation: Pasient- og brukerrettighetsloven § 3-1.
              - id: q3
                type: reflection
                text: Hva betyr medvirkning for deg?
            """;

    @TempDir
    Path root;

    @BeforeEach
    void aGoodCourse() throws IOException {
        write("testkurs/course.yaml", COURSE);
        write("testkurs/lessons/a.md", LESSON);
        write("testkurs/lessons/media/niva.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("testkurs/quiz.yaml", QUIZ);
        write("shared/lessons/felles.md", "---\ntitle: Felles\ntitleEn: Shared\nminutes: 3\n---\nTekst.\n");
    }

    void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    CourseFolderReader.Result read() {
        return new CourseFolderReader(root).read("testkurs");
    }

    @Test
    void a_complete_course_is_read_with_its_shared_lesson_and_quiz() {
        var result = read();

        assertThat(result.problems()).isEmpty();
        var course = result.course();
        assertThat(course.title().en()).isEqualTo("Test course");
        assertThat(course.modules().getFirst().items()).extracting(CourseSource.Item::path)
                .containsExactly("testkurs/lessons/a.md", "shared/lessons/felles.md", "testkurs/quiz.yaml");
        var quiz = (CourseSource.Quiz) course.modules().getFirst().items().get(2);
        assertThat(quiz.attempts()).isZero();
        assertThat(quiz.questions()).extracting(CourseSource.Question::scored).containsExactly(true, true, false);
    }

    @Test
    void an_unknown_key_is_named_with_its_line() throws IOException {
        write("testkurs/course.yaml", COURSE + "colour: blue\n");

        assertThat(read().problems()).singleElement().hasToString(
                "testkurs/course.yaml:21: Ukjent nøkkel «colour». Tillatt her: audiences, authors, certificate, competence, "
                        + "estimatedMinutes, id, levels, licence, modules, objectives, package, sources, summary, title.");
    }

    /** The course.yaml above without its modules, wrapping a package instead. */
    static String packageCourse(String pkg) {
        return COURSE.substring(0, COURSE.indexOf("modules:")) + "package: " + pkg + "\n";
    }

    @Test
    void a_course_may_wrap_a_scorm_package_instead_of_modules() throws IOException {
        write("testkurs/golf.zip", "PK");
        write("testkurs/course.yaml", packageCourse("golf.zip"));

        var result = read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().packageZip()).isEqualTo("testkurs/golf.zip");
        assertThat(result.course().wrapsPackage()).isTrue();
        assertThat(result.course().modules()).isEmpty();
    }

    @Test
    void a_package_that_is_not_a_zip_is_missing_or_comes_with_modules_is_refused() throws IOException {
        write("testkurs/course.yaml", packageCourse("golf.txt"));
        assertThat(read().problems()).singleElement().asString()
                .contains("«package» må være en zip-fil med en SCORM-pakke (.zip).");

        write("testkurs/course.yaml", packageCourse("borte.zip"));
        assertThat(read().problems()).singleElement().asString().contains("Finner ikke filen «borte.zip»");

        write("testkurs/golf.zip", "PK");
        write("testkurs/course.yaml", COURSE + "package: golf.zip\n");
        assertThat(read().problems()).singleElement().asString()
                .contains("Et kurs med «package» har ikke egne moduler.");
    }

    @Test
    void a_title_needs_both_languages_and_the_id_must_be_the_folder_name() throws IOException {
        write("testkurs/course.yaml", COURSE.replace("title: {nb: Testkurs, en: Test course}", "title: {nb: Testkurs}")
                .replace("id: testkurs", "id: annet-kurs"));

        assertThat(read().problems()).extracting(SourceProblem::toString).containsExactlyInAnyOrder(
                "testkurs/course.yaml:1: Kursets id «annet-kurs» må være lik mappenavnet «testkurs».",
                "testkurs/course.yaml:2: Mangler «en».");
    }

    @Test
    void competence_ids_are_checked_against_the_known_item_ids_in_course_lesson_and_quiz() throws IOException {
        write("testkurs/quiz.yaml", QUIZ.replace("    explanation: Medvirkning er mer enn informasjon.\n",
                "    explanation: Medvirkning er mer enn informasjon.\n    competence: [rep-1, rep-9]\n"));

        assertThat(new CourseFolderReader(root, Set.of("rep-1", "rep-9")).read("testkurs").problems()).isEmpty();
        assertThat(new CourseFolderReader(root, Set.of("rep-9")).read("testkurs").problems())
                .extracting(SourceProblem::toString).containsExactlyInAnyOrder(
                        "testkurs/course.yaml:9: Ukjent kompetanse-id «rep-1». Bruk en id fra et "
                                + "kompetanserammeverk i courses/competence/, for eksempel «rep-tre-nivaer».",
                        "testkurs/lessons/a.md:5: Ukjent kompetanse-id «rep-1». Bruk en id fra et "
                                + "kompetanserammeverk i courses/competence/, for eksempel «rep-tre-nivaer».",
                        "testkurs/quiz.yaml:13: Ukjent kompetanse-id «rep-1». Bruk en id fra et "
                                + "kompetanserammeverk i courses/competence/, for eksempel «rep-tre-nivaer».");
    }

    @Test
    void without_known_item_ids_only_the_form_of_a_competence_id_is_checked() throws IOException {
        write("testkurs/course.yaml", COURSE.replace("competence: [rep-1]", "competence: [Rep 1, rep-1, rep-1]"));

        assertThat(read().problems()).extracting(SourceProblem::toString).containsExactly(
                "testkurs/course.yaml:9: «Rep 1» kan ikke brukes som kompetanse-id. Bruk små bokstaver a–z, tall og "
                        + "bindestrek, for eksempel «rep-tre-nivaer».",
                "testkurs/course.yaml:9: Kompetanse-id-en «rep-1» står to ganger i listen. Fjern den ene.");
    }

    @Test
    void an_image_without_alt_text_is_an_error_on_its_line() throws IOException {
        write("testkurs/lessons/a.md", LESSON.replace("![Tre bokser som viser nivåene]", "![]"));

        assertThat(read().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("testkurs/lessons/a.md");
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.message()).startsWith("Bildet mangler alternativ tekst");
        });
    }

    @Test
    void a_link_without_text_a_skipped_heading_and_a_top_level_heading_are_errors() throws IOException {
        write("testkurs/lessons/a.md", LESSON.replace("## Hvorfor", "#### Hvorfor")
                .replace("[Helsedirektoratet]", "[]") + "\n# For stor\n");

        assertThat(read().problems()).extracting(SourceProblem::line, p -> p.message().substring(0, 20))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(9, "Overskriften hopper "),
                        org.assertj.core.groups.Tuple.tuple(13, "Lenken mangler tekst"),
                        org.assertj.core.groups.Tuple.tuple(15, "Bruk ikke overskrift"));
    }

    @Test
    void a_video_needs_captions_and_its_files() throws IOException {
        write("testkurs/lessons/a.md", LESSON + "\n<video controls src=\"media/film.mp4\"></video>\n");
        assertThat(read().problems()).extracting(SourceProblem::message)
                .anyMatch(m -> m.startsWith("Videoen mangler teksting"))
                .anyMatch(m -> m.startsWith("Finner ikke mediefilen «media/film.mp4»"));

        write("testkurs/lessons/media/film.mp4", "");
        write("testkurs/lessons/media/film.vtt", "WEBVTT\n");
        write("testkurs/lessons/a.md", LESSON + "\n<video controls src=\"media/film.mp4\">"
                + "<track kind=\"captions\" srclang=\"nb\" src=\"media/film.vtt\"></video>\n");
        assertThat(read().problems()).isEmpty();
    }

    @Test
    void a_missing_image_file_is_an_error() throws IOException {
        Files.delete(root.resolve("testkurs/lessons/media/niva.svg"));

        assertThat(read().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Finner ikke mediefilen «media/niva.svg»"));
    }

    @Test
    void a_path_out_of_the_courses_folder_is_refused() throws IOException {
        write("testkurs/course.yaml", COURSE.replace("lesson: lessons/a.md", "lesson: ../../etc/passwd"));

        assertThat(read().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("peker ut av courses-mappen"));
    }

    @Test
    void quiz_rules_are_checked() throws IOException {
        write("testkurs/quiz.yaml", QUIZ.replace("correct: false", "correct: true").replace("passMark: 0.8",
                "passMark: 80").replace("    feedback: {correct: Riktig., incorrect: Den står i pasient- og "
                        + "brukerrettighetsloven.}\n", ""));

        assertThat(read().problems()).extracting(SourceProblem::message).anyMatch(m -> m.startsWith("«passMark»"))
                .anyMatch(m -> m.startsWith("Et single-spørsmål skal ha nøyaktig ett riktig svar"))
                .anyMatch(m -> m.startsWith("Et sant/usant-spørsmål trenger «feedback»"));
    }

    @Test
    void a_quiz_of_only_reflections_cannot_be_passed_and_is_refused() throws IOException {
        write("testkurs/quiz.yaml", """
                id: quiz-1
                title: {nb: Quiz, en: Quiz}
                passMark: 1
                attempts: 1
                questions:
                  - {id: q1, type: reflection, text: Tenk over dette.}
                """);

        assertThat(read().problems()).extracting(SourceProblem::message)
                .anyMatch(m -> m.startsWith("Quizen trenger minst ett spørsmål med riktig svar"));
    }

    @Test
    void a_yaml_syntax_error_is_named_with_its_line() throws IOException {
        write("testkurs/course.yaml", "id: testkurs\ntitle: {nb: Testkurs, en: [\n");

        assertThat(read().problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("testkurs/course.yaml:3: YAML-feil"));
        assertThat(read().course()).isNull();
    }

    @Test
    void a_certificate_block_gives_logo_issuer_signer_and_accent() throws IOException {
        write("testkurs/media/logo.png", "png");
        write("testkurs/course.yaml", COURSE + """
                certificate:
                  logo: media/logo.png
                  issuer: Fjordvik kommune
                  signer: {name: Kari Nordmann, title: {nb: Fagansvarlig, en: Subject lead}}
                  accent: "#1F5F8B"
                """);

        var result = read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().certificate()).isEqualTo(new CourseSource.Certificate("testkurs/media/logo.png",
                "Fjordvik kommune", new CourseSource.Signer("Kari Nordmann",
                        new no.medvirk.shared.LocalizedText("Fagansvarlig", "Subject lead")), "#1f5f8b"));
    }

    @Test
    void a_course_without_a_certificate_block_has_none() {
        assertThat(read().course().certificate()).isNull();
    }

    @Test
    void a_certificate_block_with_a_wrong_logo_type_missing_file_bad_colour_or_half_a_signer_is_refused()
            throws IOException {
        write("testkurs/media/logo.gif", "gif");
        write("testkurs/course.yaml", COURSE + """
                certificate:
                  logo: media/logo.gif
                  signer: {name: Kari Nordmann}
                  accent: blue
                  colour: red
                """);
        assertThat(read().problems()).extracting(SourceProblem::toString).containsExactlyInAnyOrder(
                "testkurs/course.yaml:25: Ukjent nøkkel «colour». Tillatt her: accent, issuer, logo, signer.",
                "testkurs/course.yaml:22: Logoen må være en PNG- eller JPEG-fil (.png, .jpg, .jpeg).",
                "testkurs/course.yaml:23: Mangler «title» (med nb og en).",
                "testkurs/course.yaml:24: «accent» må være en farge skrevet som #rrggbb, for eksempel #1f5f8b.");

        write("testkurs/course.yaml", COURSE + "certificate:\n  logo: media/finnes-ikke.png\n");
        assertThat(read().problems()).extracting(SourceProblem::message).singleElement().asString()
                .startsWith("Finner ikke filen «media/finnes-ikke.png»");
    }
}
