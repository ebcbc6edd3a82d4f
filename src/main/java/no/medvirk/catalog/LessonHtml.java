package no.medvirk.catalog;

import java.util.Set;
import no.medvirk.catalog.source.CourseSource;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * A lesson's Markdown as HTML a browser may show: rendered, then cleaned to a safe list of elements and
 * attributes (no script, no event handlers, no styles), with media paths pointing at /kursmedia. Course files can
 * never inject script.
 */
@Component
public class LessonHtml {

    static final String MEDIA = "/kursmedia/";
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("video", "track", "source", "figure", "figcaption")
            .addAttributes("video", "controls", "src", "width", "height", "preload")
            .addAttributes("track", "kind", "src", "srclang", "label", "default")
            .addAttributes("source", "src", "type")
            .addProtocols("a", "href", "https", "mailto")
            .preserveRelativeLinks(true);
    private static final Set<String> MEDIA_ELEMENTS = Set.of("img", "video", "track", "source");

    public String html(CourseSource.Lesson lesson) {
        String folder = lesson.path().contains("/") ? lesson.path().substring(0, lesson.path().lastIndexOf('/') + 1)
                : "";
        Document document = Jsoup.parseBodyFragment(RENDERER.render(MARKDOWN.parse(lesson.markdown())));
        document.select("[src]").forEach(element -> {
            String src = element.attr("src");
            if (MEDIA_ELEMENTS.contains(element.tagName()) && !src.matches("(?i)^(https?:|/|data:).*")) {
                element.attr("src", MEDIA + folder + src);
            }
        });
        document.select("a[href^=http]").forEach(a -> a.attr("rel", "noopener"));
        String clean = Jsoup.clean(document.body().html(), "https://medvirk.invalid", SAFE);
        return "<div class=\"lesson-content\">" + clean + "</div>";
    }
}
