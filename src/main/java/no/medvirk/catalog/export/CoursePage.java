package no.medvirk.catalog.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.LessonHtml;
import no.medvirk.catalog.source.CourseSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole course as one static, accessible HTML page in bokmål, the language its lessons are written in: a table
 * of contents, one section per lesson or quiz with the item's title as its h1, and buttons to move on. Every section
 * is there without script (the links in the contents go to them); the player script shows one at a time, scores
 * the quizzes and reports to the platform. One page keeps one runtime session for the whole course.
 */
final class CoursePage {

    static final String DATA_ID = "medvirk-course";

    private final LessonHtml lessonHtml;
    private final Labels labels;

    CoursePage(LessonHtml lessonHtml, Labels labels) {
        this.lessonHtml = lessonHtml;
        this.labels = labels;
    }

    String html(CourseVersion version, PackageFormat format, String playerData) {
        CourseSource course = version.course();
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", "nb").addClass("no-js");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(course.title().nb());
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "player/player.css");
        // Only '<' could end the script element early; in JSON it can only stand inside a string.
        head.appendElement("script").attr("type", "application/json").attr("id", DATA_ID)
                .appendChild(new org.jsoup.nodes.DataNode(playerData.replace("<", "\\u003c")));
        head.appendElement("script").attr("src", "player/" + format.runtimeScript()).attr("defer", "");
        head.appendElement("script").attr("src", "player/player.js").attr("defer", "");
        body(page.body(), version);
        return "<!DOCTYPE html>\n" + page.html();
    }

    private void body(Element body, CourseVersion version) {
        CourseSource course = version.course();
        body.appendElement("a").addClass("skip-link").attr("href", "#innhold").text(labels.get("export.skip-to-content"));
        Element header = body.appendElement("header").addClass("course-header");
        header.appendElement("p").addClass("course-title").text(course.title().nb());
        header.appendElement("p").addClass("course-progress").attr("id", "course-progress");
        header.appendElement("p").addClass("course-notice").attr("id", "course-notice").attr("role", "status");
        Element layout = body.appendElement("div").addClass("layout");
        contents(layout.appendElement("nav").addClass("toc").attr("aria-labelledby", "toc-heading"), course);
        Element main = layout.appendElement("main").attr("id", "innhold").attr("tabindex", "-1");
        int number = 0;
        for (CourseSource.Item item : items(course)) {
            number++;
            Element section = main.appendElement("section").addClass("item").attr("id", sectionId(number))
                    .attr("aria-labelledby", sectionId(number) + "-title");
            section.appendElement("h1").attr("id", sectionId(number) + "-title").attr("tabindex", "-1")
                    .text(title(item));
            switch (item) {
                case CourseSource.Lesson lesson -> lesson(section, lesson);
                case CourseSource.Quiz quiz -> new QuizForm(labels).append(section, sectionId(number), quiz);
            }
        }
        Element pager = body.appendElement("nav").addClass("pager").attr("aria-label", labels.get("export.pager"));
        pager.appendElement("button").attr("type", "button").attr("data-go", "previous")
                .text(labels.get("export.previous"));
        pager.appendElement("button").attr("type", "button").attr("data-go", "next").text(labels.get("export.next"));
        pager.appendElement("button").attr("type", "button").attr("data-go", "exit").text(labels.get("export.exit"));
        body.appendElement("footer").addClass("course-footer").appendElement("p").text(labels.get("export.footer",
                version.number(), course.licence(), String.join(", ", course.authors())));
    }

    private void contents(Element nav, CourseSource course) {
        nav.appendElement("h2").attr("id", "toc-heading").text(labels.get("player.contents"));
        Element modules = nav.appendElement("ol").addClass("toc-modules");
        int number = 0;
        for (CourseSource.Module module : course.modules()) {
            Element entry = modules.appendElement("li");
            entry.appendElement("span").addClass("toc-module").text(module.title().nb());
            Element list = entry.appendElement("ol").addClass("toc-items");
            for (CourseSource.Item item : module.items()) {
                number++;
                list.appendElement("li").appendElement("a").attr("href", "#" + sectionId(number)).text(title(item));
            }
        }
    }

    private void lesson(Element section, CourseSource.Lesson lesson) {
        Element content = Jsoup.parseBodyFragment(lessonHtml.html(lesson, CoursePage::mediaUrl)).body();
        // Inside a platform's frame a link that replaced the page would end the learner's session.
        content.select("a[href^=http]").forEach(a -> {
            a.attr("target", "_blank").attr("rel", "noopener noreferrer");
            a.appendElement("span").addClass("visually-hidden").text(" " + labels.get("export.new-window"));
        });
        content.select("img").attr("loading", "lazy");
        content.children().forEach(section::appendChild);
    }

    static List<CourseSource.Item> items(CourseSource course) {
        return course.modules().stream().flatMap(m -> m.items().stream()).toList();
    }

    static String sectionId(int number) {
        return "del-" + number;
    }

    static String title(CourseSource.Item item) {
        return switch (item) {
            case CourseSource.Lesson lesson -> lesson.title().nb();
            case CourseSource.Quiz quiz -> quiz.title().nb();
        };
    }

    /** Where a media file (named by its path under courses/) lies in the package, as a relative URL. */
    static String mediaUrl(String path) {
        try {
            return new URI(null, null, mediaEntry(path), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    static String mediaEntry(String path) {
        return "media/" + path;
    }
}
