package no.medvirk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class LessonHtmlTest {

    final LessonHtml html = new LessonHtml();

    String render(String markdown) {
        return html.html(new CourseSource.Lesson("kurs/lessons/a.md", new LocalizedText("A", "A"), 3, List.of(),
                markdown));
    }

    @Test
    void markdown_becomes_html_with_media_under_kursmedia() {
        String out = render("## Nivåer\n\n![Tre nivåer](media/niva.svg)\n\nLes [rådene](https://example.org).");

        assertThat(out).contains("<h2>Nivåer</h2>", "src=\"/kursmedia/kurs/lessons/media/niva.svg\"",
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

        assertThat(out).contains("<video", "controls", "/kursmedia/kurs/lessons/media/film.mp4", "<track",
                "kind=\"captions\"", "/kursmedia/kurs/lessons/media/film.vtt");
    }
}
