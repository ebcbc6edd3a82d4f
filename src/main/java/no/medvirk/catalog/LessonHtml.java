package no.medvirk.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import no.medvirk.catalog.source.CourseSource;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A lesson's Markdown as HTML a browser may show: rendered, then cleaned to a safe list of elements and
 * attributes (no script, no event handlers, no styles), with media paths pointing at the version's copy under
 * /kursmedia/&lt;version id&gt;/. Course files can never inject script. The importer stores exactly the media files
 * this rewriting points at ({@link #mediaPaths}).
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

    /** The lesson as shown in the given course version, its media served from that version. */
    public String html(CourseSource.Lesson lesson, UUID versionId) {
        return html(lesson, path -> url(versionId, path));
    }

    /**
     * The lesson with each media file's src given by {@code mediaUrl} from its path under courses/: an exported
     * package points at its own copy of the file.
     */
    public String html(CourseSource.Lesson lesson, Function<String, String> mediaUrl) {
        Document document = render(lesson);
        document.select("[src]").forEach(element -> {
            if (MEDIA_ELEMENTS.contains(element.tagName()) && !external(element.attr("src"))) {
                String path = mediaPath(lesson, element.attr("src"));
                if (path == null) {
                    element.removeAttr("src");
                } else {
                    element.attr("src", mediaUrl.apply(path));
                }
            }
        });
        document.select("a[href^=http]").forEach(a -> a.attr("rel", "noopener"));
        String clean = Jsoup.clean(document.body().html(), "https://medvirk.invalid", SAFE);
        return "<div class=\"lesson-content\">" + clean + "</div>";
    }

    /** The media files (paths under courses/) that a course's lessons point at, as {@link #html} rewrites them. */
    public Set<String> mediaPaths(CourseSource course) {
        Set<String> paths = new TreeSet<>();
        course.modules().stream().flatMap(m -> m.items().stream())
                .filter(CourseSource.Lesson.class::isInstance).map(CourseSource.Lesson.class::cast)
                .forEach(lesson -> render(lesson).select("[src]").stream()
                        .filter(element -> MEDIA_ELEMENTS.contains(element.tagName()))
                        .map(element -> element.attr("src")).filter(src -> !external(src))
                        .map(src -> mediaPath(lesson, src)).filter(path -> path != null)
                        .filter(path -> CourseMedia.mediaType(path).isPresent()).forEach(paths::add));
        return paths;
    }

    private static Document render(CourseSource.Lesson lesson) {
        return Jsoup.parseBodyFragment(RENDERER.render(MARKDOWN.parse(lesson.markdown())));
    }

    private static boolean external(String src) {
        return src.matches("(?i)^([a-z][a-z0-9+.-]*:|/).*");
    }

    /** The file under courses/ that a src relative to the lesson names; null when it would leave courses/. */
    private static @Nullable String mediaPath(CourseSource.Lesson lesson, String src) {
        String folder = lesson.path().contains("/") ? lesson.path().substring(0, lesson.path().lastIndexOf('/') + 1)
                : "";
        String relative = src.replaceFirst("[?#].*$", "");
        try {
            relative = URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Not percent-encoded after all: the file is named as written.
        }
        var path = new java.util.ArrayList<String>();
        for (String segment : (folder + relative).split("/")) {
            if (segment.equals("..")) {
                if (path.isEmpty()) {
                    return null;
                }
                path.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.add(segment);
            }
        }
        return path.isEmpty() || relative.contains("\\") ? null : String.join("/", path);
    }

    static String url(UUID versionId, String path) {
        try {
            return new URI(null, null, MEDIA + versionId + "/" + path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
