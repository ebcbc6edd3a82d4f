package no.medvirk.catalog.source;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.shared.LocalizedText;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads a lesson: YAML front matter (title, titleEn, minutes, competence) and a Markdown body, and checks the body
 * for universal design. Each check that fails is an error with the line: an image without alt text, a link without
 * text, a skipped heading level (the title is the page's h1, so the body starts at ##), a video without captions,
 * and media that is not there.
 */
final class LessonReader {

    static final Set<String> FRONT_MATTER = Set.of("title", "titleEn", "minutes", "competence");
    private static final Parser MARKDOWN = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern VIDEO = Pattern.compile("(?is)<video\\b[^>]*>(.*?)</video>");
    private static final Pattern CAPTIONS = Pattern.compile(
            "(?is)<track\\b(?=[^>]*kind\\s*=\\s*\"(?:captions|subtitles)\")[^>]*src\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern VIDEO_SOURCE = Pattern.compile("(?is)<(?:video|source)\\b[^>]*\\ssrc\\s*=\\s*\"([^\"]+)\"");

    private final SourceFiles files;
    private final List<SourceProblem> problems;
    private final CompetenceIds competenceIds;

    LessonReader(SourceFiles files, List<SourceProblem> problems, CompetenceIds competenceIds) {
        this.files = files;
        this.problems = problems;
        this.competenceIds = competenceIds;
    }

    CourseSource.@Nullable Lesson read(String path) {
        String text = files.read(path).orElse(null);
        if (text == null) {
            return null;
        }
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n") || normalized.indexOf("\n---\n", 3) < 0) {
            problems.add(new SourceProblem(path, 1, "Leksjonen må begynne med en innledning mellom to linjer «---» "
                    + "med title, titleEn og minutes."));
            return null;
        }
        int end = normalized.indexOf("\n---\n", 3);
        String frontMatter = normalized.substring(4, end + 1);
        String body = normalized.substring(end + 5);
        int bodyOffset = (int) normalized.substring(0, end + 5).chars().filter(c -> c == '\n').count();
        var yaml = new YamlFile(path, 1, problems);
        MappingNode map = yaml.parse(frontMatter);
        if (map == null) {
            return null;
        }
        var entries = yaml.entries(map, FRONT_MATTER);
        String title = yaml.text(entries, map, "title", true);
        String titleEn = yaml.text(entries, map, "titleEn", true);
        int minutes = yaml.integer(entries, map, "minutes", 1, 60);
        List<String> competence = competenceIds.read(yaml, entries, map);
        checkBody(path, body, bodyOffset);
        return new CourseSource.Lesson(path, new LocalizedText(title == null ? "" : title,
                titleEn == null ? "" : titleEn), minutes, competence, body);
    }

    private void checkBody(String path, String body, int offset) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        MARKDOWN.parse(body).accept(new AbstractVisitor() {
            private int level = 1;

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1) {
                    problem(heading, "Bruk ikke overskrift på nivå 1 (#) i leksjonen: tittelen er sidens "
                            + "hovedoverskrift. Begynn med ##.");
                } else if (heading.getLevel() > level + 1) {
                    problem(heading, "Overskriften hopper over et nivå (fra " + "#".repeat(level) + " til "
                            + "#".repeat(heading.getLevel()) + "). Bruk " + "#".repeat(level + 1) + ".");
                }
                level = heading.getLevel();
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                if (text(image).isBlank()) {
                    problem(image, "Bildet mangler alternativ tekst. Skriv en kort beskrivelse i hakeparentesene: "
                            + "![Beskrivelse](" + image.getDestination() + ").");
                }
                requireMedia(image, image.getDestination());
            }

            @Override
            public void visit(Link link) {
                if (text(link).isBlank()) {
                    problem(link, "Lenken mangler tekst. Skriv hva lenken fører til i hakeparentesene: "
                            + "[Beskrivelse](" + link.getDestination() + ").");
                }
                visitChildren(link);
            }

            private void requireMedia(Node node, String destination) {
                int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getFirst().getLineIndex() + 1;
                LessonReader.this.requireMedia(path, folder, destination, line == 0 ? 0 : offset + line);
            }

            private void problem(Node node, String message) {
                int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getFirst().getLineIndex() + 1;
                problems.add(new SourceProblem(path, line == 0 ? 0 : offset + line, message));
            }
        });
        checkVideos(path, folder, body, offset);
    }

    /** Videos are HTML in the Markdown; Markdown splits their tags, so they are read from the text itself. */
    private void checkVideos(String path, String folder, String body, int offset) {
        Matcher video = VIDEO.matcher(body);
        while (video.find()) {
            int line = offset + 1 + (int) body.substring(0, video.start()).chars().filter(c -> c == '\n').count();
            Matcher captions = CAPTIONS.matcher(video.group(1));
            if (captions.find()) {
                requireMedia(path, folder, captions.group(1), line);
            } else {
                problems.add(new SourceProblem(path, line, "Videoen mangler teksting. Legg til <track "
                        + "kind=\"captions\" srclang=\"nb\" src=\"media/navn.vtt\"> med en WebVTT-fil."));
            }
            Matcher source = VIDEO_SOURCE.matcher(video.group());
            while (source.find()) {
                requireMedia(path, folder, source.group(1), line);
            }
        }
        if (body.toLowerCase(java.util.Locale.ROOT).split("<video\\b", -1).length - 1
                > (int) VIDEO.matcher(body).results().count()) {
            problems.add(new SourceProblem(path, 0, "En video mangler </video>. Skriv <video ...> med "
                    + "<track kind=\"captions\" ...> og avslutt med </video>."));
        }
    }

    private void requireMedia(String path, String folder, String destination, int line) {
        if (destination.matches("(?i)^https?://.*")) {
            return;
        }
        if (destination.isBlank() || !files.exists(folder + destination)) {
            problems.add(new SourceProblem(path, line, "Finner ikke mediefilen «" + destination + "». Legg den ved "
                    + "siden av leksjonen, eller rett stien."));
        }
    }

    private static String text(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }
}
