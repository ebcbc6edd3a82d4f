package no.medvirk.catalog.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one course folder under courses/ (course.yaml, its lessons and quizzes, shared pieces it includes) and
 * checks every rule of the format (docs/course-format.md). Either a complete course comes back, or the problems,
 * each with its file and line: an invalid course is never half read.
 */
public final class CourseFolderReader {

    static final Set<String> COURSE = Set.of("id", "title", "summary", "audiences", "levels", "estimatedMinutes",
            "objectives", "competence", "licence", "authors", "sources", "modules", "certificate", "package");
    /** Who a course is for; competence framework levels name their audience with the same words. */
    public static final Set<String> AUDIENCES = Set.of("representative", "service-leader", "system-leader", "researcher",
            "student", "employee");
    static final Set<String> LEVELS = Set.of("individual", "service", "system");
    static final Set<String> LICENCES = Set.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC0-1.0",
            "all-rights-reserved");

    private final Path root;
    private final CompetenceIds competenceIds;

    /** Reads without checking competence ids against the frameworks (only their form). */
    public CourseFolderReader(Path root) {
        this(root, null);
    }

    /**
     * @param root the courses folder
     * @param knownCompetence the item ids of the competence frameworks; every competence id must be one of them
     */
    public CourseFolderReader(Path root, @Nullable Set<String> knownCompetence) {
        this.root = root;
        this.competenceIds = new CompetenceIds(knownCompetence);
    }

    /** The course, or the reasons it cannot be read. */
    public record Result(@Nullable CourseSource course, List<SourceProblem> problems) {

        public boolean valid() {
            return course != null && problems.isEmpty();
        }
    }

    public Result read(String folder) {
        List<SourceProblem> problems = new ArrayList<>();
        return read(folder, new SourceFiles(root, problems), problems);
    }

    /**
     * Reads a course whose folder is not in place yet (an upload being checked) as if it were courses/{@code folder}:
     * problems name the files as they will be named, and shared pieces come from the real courses/shared/.
     */
    public Result readStaged(String folder, Path stagedDir) {
        List<SourceProblem> problems = new ArrayList<>();
        return read(folder, new SourceFiles(root, problems, folder, stagedDir), problems);
    }

    private Result read(String folder, SourceFiles files, List<SourceProblem> problems) {
        String file = folder + "/course.yaml";
        if (!files.exists(file)) {
            problems.add(new SourceProblem(file, 0, "Kursmappen mangler course.yaml."));
            return new Result(null, problems);
        }
        var yaml = new YamlFile(file, 0, problems);
        MappingNode map = files.read(file).map(yaml::parse).orElse(null);
        if (map == null) {
            return new Result(null, problems);
        }
        var entries = yaml.entries(map, COURSE);
        String id = Ids.require(yaml, entries, map, "id");
        if (!id.isEmpty() && !id.equals(folder)) {
            yaml.problem(entries.get("id"), "Kursets id «" + id + "» må være lik mappenavnet «" + folder + "».");
        }
        var course = new CourseSource(id, yaml.localized(entries, map, "title"),
                yaml.localized(entries, map, "summary"), yaml.strings(entries, map, "audiences", true, AUDIENCES),
                yaml.strings(entries, map, "levels", true, LEVELS),
                yaml.integer(entries, map, "estimatedMinutes", 1, 600), objectives(yaml, entries, map),
                competenceIds.read(yaml, entries, map), licence(yaml, entries, map),
                yaml.strings(entries, map, "authors", true, null), sources(yaml, entries, map),
                entries.containsKey("package") ? List.of()
                        : modules(yaml, entries, map, folder, files, problems, competenceIds),
                CertificateBlock.read(yaml, entries, folder, files), packageZip(yaml, entries, map, folder, files));
        return problems.isEmpty() ? new Result(course, List.of()) : new Result(null, problems);
    }

    /** {@code package: file.zip}: a SCORM package the course is, instead of modules of its own. */
    private static @Nullable String packageZip(YamlFile yaml, Map<String, Node> entries, Node owner, String folder,
            SourceFiles files) {
        String path = yaml.text(entries, owner, "package", false);
        if (path == null) {
            return null;
        }
        if (entries.containsKey("modules")) {
            yaml.problem(entries.get("modules"), "Et kurs med «package» har ikke egne moduler. Fjern «modules», "
                    + "eller fjern «package».");
        }
        if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            yaml.problem(entries.get("package"), "«package» må være en zip-fil med en SCORM-pakke (.zip).");
            return null;
        }
        return files.resolve(folder, path, folder + "/course.yaml",
                entries.get("package").getStartMark().getLine() + 1).orElse(null);
    }

    private static List<LocalizedText> objectives(YamlFile yaml, Map<String, Node> entries, Node owner) {
        return yaml.list(entries, owner, "objectives", true).stream().map(n -> yaml.localized(n, "objectives"))
                .toList();
    }

    private static String licence(YamlFile yaml, Map<String, Node> entries, Node owner) {
        String licence = yaml.text(entries, owner, "licence", true);
        if (licence != null && !LICENCES.contains(licence)) {
            yaml.problem(entries.get("licence"), "Ukjent lisens «" + licence + "». Velg blant: "
                    + String.join(", ", LICENCES.stream().sorted().toList()) + ".");
        }
        return licence == null ? "" : licence;
    }

    private static List<CourseSource.Source> sources(YamlFile yaml, Map<String, Node> entries, Node owner) {
        List<CourseSource.Source> sources = new ArrayList<>();
        for (Node node : yaml.list(entries, owner, "sources", true)) {
            if (!(node instanceof MappingNode map)) {
                yaml.problem(node, "Hver kilde må ha minst «title».");
                continue;
            }
            var source = yaml.entries(map, Set.of("title", "url", "publisher", "year"));
            String title = yaml.text(source, map, "title", true);
            String url = yaml.text(source, map, "url", false);
            if (url != null && !url.startsWith("https://")) {
                yaml.problem(source.get("url"), "Lenken til kilden må begynne med https://.");
            }
            Integer year = source.containsKey("year") ? yaml.integer(source, map, "year", 1800, 2100) : null;
            sources.add(new CourseSource.Source(title == null ? "" : title, url,
                    yaml.text(source, map, "publisher", false), year));
        }
        return sources;
    }

    private static List<CourseSource.Module> modules(YamlFile yaml, Map<String, Node> entries, Node owner,
            String folder, SourceFiles files, List<SourceProblem> problems, CompetenceIds competenceIds) {
        List<CourseSource.Module> modules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        var lessons = new LessonReader(files, problems, competenceIds);
        var quizzes = new QuizReader(files, problems, competenceIds);
        for (Node node : yaml.list(entries, owner, "modules", true)) {
            if (!(node instanceof MappingNode map)) {
                yaml.problem(node, "Hver modul må ha id, title og items.");
                continue;
            }
            var module = yaml.entries(map, Set.of("id", "title", "items"));
            String id = Ids.require(yaml, module, map, "id");
            if (!ids.add(id)) {
                yaml.problem(map, "Modulen «" + id + "» finnes to ganger. Gi hver modul sin egen id.");
            }
            List<CourseSource.Item> items = new ArrayList<>();
            for (Node itemNode : yaml.list(module, map, "items", true)) {
                CourseSource.Item item = item(yaml, itemNode, folder, files, lessons, quizzes);
                if (item != null) {
                    items.add(item);
                }
            }
            modules.add(new CourseSource.Module(id, yaml.localized(module, map, "title"), items));
        }
        return modules;
    }

    private static CourseSource.@Nullable Item item(YamlFile yaml, Node node, String folder, SourceFiles files,
            LessonReader lessons, QuizReader quizzes) {
        if (!(node instanceof MappingNode map) || map.getValue().size() != 1) {
            yaml.problem(node, "Hvert element i en modul er enten «lesson: sti» eller «quiz: sti».");
            return null;
        }
        var item = yaml.entries(map, Set.of("lesson", "quiz"));
        boolean lesson = item.containsKey("lesson");
        String path = yaml.text(item, map, lesson ? "lesson" : "quiz", true);
        if (path == null) {
            return null;
        }
        int line = map.getStartMark().getLine() + 1;
        return files.resolve(folder, path, folder + "/course.yaml", line)
                .map(resolved -> lesson ? (CourseSource.Item) lessons.read(resolved) : quizzes.read(resolved))
                .orElse(null);
    }
}
