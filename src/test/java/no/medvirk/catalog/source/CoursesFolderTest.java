package no.medvirk.catalog.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.medvirk.competence.Item;
import no.medvirk.competence.source.FrameworkFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The courses in the repository's courses/ folder: every course is valid, its competence ids included (checked
 * against the frameworks in courses/competence/), so a broken course file fails the build; every knowledge item of
 * every framework is taught by at least one lesson and asked by at least one scored question; and no two lessons
 * share a passage (shared text belongs in courses/shared/, used by reference).
 */
class CoursesFolderTest {

    static final Path COURSES = Path.of("courses");
    static final Set<String> NOT_COURSES = Set.of("shared", "schema", "competence");
    /** The national advice: 7 items for representatives, 6 for service-level and 5 for system-level leaders. */
    static final String NATIONAL_ADVICE = "nasjonale-faglige-rad";
    /** Word runs this long found in two lessons count as copied text. */
    static final int PASSAGE_WORDS = 12;
    static final java.util.regex.Pattern SOURCES_HEADING = java.util.regex.Pattern.compile("(?m)^## Kilder\\s*$");

    static List<FrameworkFileReader.Result> frameworks;
    static Map<String, CourseSource> courses = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        List<String> folders;
        try (Stream<Path> entries = Files.list(COURSES)) {
            folders = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !NOT_COURSES.contains(name)).sorted().toList();
        }
        frameworks = new FrameworkFileReader(COURSES).readAll();
        var reader = new CourseFolderReader(COURSES, Set.copyOf(FrameworkFileReader.itemIds(frameworks)));
        for (String folder : folders) {
            var result = reader.read(folder);
            assertThat(result.problems()).as(folder).isEmpty();
            courses.put(folder, result.course());
        }
    }

    @Test
    void every_course_folder_reads_without_problems() {
        frameworks.forEach(f -> assertThat(f.problems()).as(f.file()).isEmpty());
        assertThat(courses).containsKeys("eksempelkurs", "representant-rollen", "leder-tjenesteniva",
                "leder-systemniva", "medvirkning-i-forskning", "medvirkning-for-studenter");
        assertThat(courses.values()).allSatisfy(course -> assertThat(course).isNotNull());
    }

    @Test
    void the_national_advice_has_eighteen_knowledge_items_in_three_groups() {
        var advice = frameworks.stream().filter(f -> NATIONAL_ADVICE.equals(f.frameworkId())).findFirst()
                .orElseThrow().framework();
        assertThat(advice.levels()).extracting(level -> level.items().size()).containsExactly(7, 6, 5);
    }

    @Test
    void every_knowledge_item_is_taught_by_a_lesson_and_asked_by_a_scored_question() {
        Set<String> taught = new TreeSet<>();
        Set<String> asked = new TreeSet<>();
        for (CourseSource course : courses.values()) {
            for (var module : course.modules()) {
                for (var item : module.items()) {
                    if (item instanceof CourseSource.Lesson lesson) {
                        taught.addAll(lesson.competence());
                    } else if (item instanceof CourseSource.Quiz quiz) {
                        quiz.questions().stream().filter(CourseSource.Question::scored)
                                .forEach(question -> asked.addAll(question.competence()));
                    }
                }
            }
        }
        List<String> knowledgeItems = frameworks.stream().flatMap(f -> f.framework().levels().stream())
                .flatMap(level -> level.items().stream()).map(Item::id).toList();
        assertThat(knowledgeItems).hasSizeGreaterThanOrEqualTo(18);
        assertThat(knowledgeItems).as("knowledge items no lesson teaches").allMatch(taught::contains);
        assertThat(knowledgeItems).as("knowledge items no scored question asks").allMatch(asked::contains);
    }

    @Test
    void no_two_lessons_share_a_passage() {
        Map<String, String> lessons = new LinkedHashMap<>();
        courses.values().forEach(course -> course.modules().forEach(module -> module.items().forEach(item -> {
            if (item instanceof CourseSource.Lesson lesson) {
                lessons.putIfAbsent(lesson.path(), lesson.markdown());
            }
        })));
        Map<String, String> firstSeenIn = new HashMap<>();
        List<String> copies = new ArrayList<>();
        lessons.forEach((path, markdown) -> {
            List<String> words = words(withoutSourceList(markdown));
            Set<String> ownPassages = new java.util.HashSet<>();
            for (int i = 0; i + PASSAGE_WORDS <= words.size(); i++) {
                ownPassages.add(String.join(" ", words.subList(i, i + PASSAGE_WORDS)));
            }
            for (String passage : ownPassages) {
                String other = firstSeenIn.putIfAbsent(passage, path);
                if (other != null) {
                    copies.add(path + " and " + other + ": «" + passage + "»");
                }
            }
        });
        assertThat(lessons).hasSizeGreaterThan(20);
        assertThat(copies).isEmpty();
    }

    /** A lesson's own text: the list of sources at the end names the same publications in many lessons. */
    private static String withoutSourceList(String markdown) {
        var heading = SOURCES_HEADING.matcher(markdown);
        return heading.find() ? markdown.substring(0, heading.start()) : markdown;
    }

    private static List<String> words(String markdown) {
        return List.of(markdown.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}§]+", " ").trim().split(" "));
    }
}
