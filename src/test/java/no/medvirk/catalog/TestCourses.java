package no.medvirk.catalog;

/** The smallest valid course.yaml, for tests that build course folders of their own. */
final class TestCourses {

    private TestCourses() {}

    /** A course with one module whose items are given in YAML flow form, e.g. {@code [{lesson: a.md}]}. */
    static String courseYaml(String id, String title, String items) {
        return """
                id: %s
                title: {nb: %s, en: %s}
                summary: {nb: Til test., en: For tests.}
                audiences: [employee]
                levels: [service]
                estimatedMinutes: 5
                objectives: [{nb: Lære., en: Learn.}]
                licence: CC0-1.0
                authors: [Medvirk]
                sources: [{title: Kilde}]
                modules:
                  - id: m1
                    title: {nb: Modul, en: Module}
                    items: %s
                """.formatted(id, title, title, items);
    }
}
