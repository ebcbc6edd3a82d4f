package no.medvirk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class LessonHtmlTest {

    static final UUID VERSION = UUID.fromString("0190a6c2-0000-7000-8000-000000000001");
    final LessonHtml html = new LessonHtml();

    static CourseSource.Lesson lesson(String markdown) {
        return new CourseSource.Lesson("kurs/lessons/a.md", new LocalizedText("A", "A"), 3, List.of(), markdown);
    }

    String render(String markdown) {
        return html.html(lesson(markdown), VERSION);
    }

    @Test
    void markdown_becomes_html_with_media_under_the_versions_kursmedia() {
        String out = render("## Nivåer\n\n![Tre nivåer](media/niva.svg)\n\nLes [rådene](https://example.org).");

        assertThat(out).contains("<h2>Nivåer</h2>", "src=\"/kursmedia/" + VERSION + "/kurs/lessons/media/niva.svg\"",
                "alt=\"Tre nivåer\"", "href=\"https://example.org\"");
    }

    @Test
    void script_and_event_handlers_in_course_files_never_reach_the_browser() {
        String out = render("<script>alert(1)</script>\n\n<img src=\"x.png\" alt=\"x\" onerror=\"alert(2)\">\n\n"
                + "[klikk](javascript:alert(3))\n\n<iframe src=\"https://evil.example\"></iframe>");

        assertThat(out).doesNotContain("<script", "onerror", "javascript:", "<iframe");
    }

    @Test
    void a_video_keeps_its_captions_track() {
        String out = render("<video controls src=\"media/film.mp4\"><track kind=\"captions\" srclang=\"nb\" "
                + "src=\"media/film.vtt\"></video>");

        assertThat(out).contains("<video", "controls", "/kursmedia/" + VERSION + "/kurs/lessons/media/film.mp4",
                "<track", "kind=\"captions\"", "/kursmedia/" + VERSION + "/kurs/lessons/media/film.vtt");
    }

    @Test
    void paths_are_normalised_encoded_and_never_leave_courses() {
        String out = render("![Et bilde](../media/bl%C3%A5%20fjell.png)\n\n![Ut](../../../hemmelig.png)");

        assertThat(out).contains("src=\"/kursmedia/" + VERSION + "/kurs/media/bl%C3%A5%20fjell.png\"")
                .doesNotContain("hemmelig");
    }

    @Test
    void the_media_a_course_stores_are_exactly_what_its_lessons_point_at() {
        var course = new CourseSource("kurs", new LocalizedText("K", "K"), new LocalizedText("K", "K"), List.of(),
                List.of(), 1, List.of(), List.of(), "CC0-1.0", List.of(), List.of(), List.of(new CourseSource.Module(
                        "m", new LocalizedText("M", "M"), List.of(lesson("![Bilde](media/a.png)\n\n<video "
                                + "src=\"media/f.mp4\"><track kind=\"captions\" src=\"media/f.vtt\"></video>\n\n"
                                + "![Ekstern](https://example.org/b.png) ![Ikke media](media/c.gif)")))), null, null);

        assertThat(html.mediaPaths(course)).containsExactly("kurs/lessons/media/a.png", "kurs/lessons/media/f.mp4",
                "kurs/lessons/media/f.vtt");
    }
}
