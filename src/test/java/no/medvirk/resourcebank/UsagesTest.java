package no.medvirk.resourcebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.UUID;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** "Brukt i kurs": read from an index of the published courses' links, built again when the catalogue changes. */
class UsagesTest {

    static final UUID ENTRY = UUID.fromString("0190a6c2-0000-7000-8000-00000000abcd");

    final CourseCatalog catalog = mock(CourseCatalog.class);
    final Usages usages = new Usages(catalog);

    @Test
    void the_lessons_that_link_an_entry_are_found_and_the_courses_are_read_once_while_nothing_changes() {
        when(catalog.publishedFingerprint()).thenReturn("a");
        when(catalog.publishedVersions()).thenReturn(List.of(course("kurs-1", "Se [rådslag](/ressursbank/" + ENTRY
                + ") og [en annen](/ressursbank/" + UUID.randomUUID() + ")."), course("kurs-2", "Ingen lenke.")));

        assertThat(usages.of(ENTRY)).singleElement().satisfies(usage -> {
            assertThat(usage.courseId()).isEqualTo("kurs-1");
            assertThat(usage.lesson().nb()).isEqualTo("Leksjon i kurs-1");
        });
        assertThat(usages.of(ENTRY)).hasSize(1);
        assertThat(usages.of(UUID.randomUUID())).isEmpty();

        verify(catalog, times(1)).publishedVersions();
        verify(catalog, times(3)).publishedFingerprint();
    }

    @Test
    void a_new_version_or_an_unpublished_course_shows_at_the_next_view() {
        when(catalog.publishedFingerprint()).thenReturn("a");
        when(catalog.publishedVersions()).thenReturn(List.of(course("kurs-1", "[Lenke](/ressursbank/" + ENTRY + ")")));
        assertThat(usages.of(ENTRY)).hasSize(1);

        when(catalog.publishedFingerprint()).thenReturn("b");
        when(catalog.publishedVersions()).thenReturn(List.of(course("kurs-1", "Lenken er tatt bort.")));

        assertThat(usages.of(ENTRY)).isEmpty();
        verify(catalog, times(2)).publishedVersions();
    }

    private static CourseVersion course(String id, String markdown) {
        var lesson = new CourseSource.Lesson(id + "/a.md", new LocalizedText("Leksjon i " + id, "Lesson in " + id), 5,
                List.of(), markdown);
        var source = new CourseSource(id, new LocalizedText("Kurs " + id, "Course " + id), new LocalizedText("", ""),
                List.of(), List.of(), 5, List.of(), List.of(), "CC BY 4.0", List.of(), List.of(),
                List.of(new CourseSource.Module("m1", new LocalizedText("Modul", "Module"), List.of(lesson))), null, null);
        return new CourseVersion(UUID.randomUUID(), id, 1, source);
    }
}
