package no.medvirk.competence.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.medvirk.catalog.source.SourceProblem;
import no.medvirk.catalog.source.YamlFile;
import no.medvirk.competence.Framework;
import no.medvirk.competence.Item;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads the competence frameworks: one YAML file per framework, courses/competence/&lt;framework-id&gt;.yaml, checked
 * rule by rule (docs/competence-format.md). Either a complete framework comes back, or the problems, each with its
 * file (relative to the courses folder) and line.
 */
public final class FrameworkFileReader {

    /** The folder under courses/ that holds the framework files. */
    public static final String FOLDER = "competence";
    static final String EXTENSION = ".yaml";

    private final Path root;

    /** @param root the courses folder */
    public FrameworkFileReader(Path root) {
        this.root = root;
    }

    /** One framework file read: the framework, or the reasons it cannot be used. */
    public record Result(String file, String frameworkId, @Nullable Framework framework,
            List<SourceProblem> problems) {

        public boolean valid() {
            return framework != null && problems.isEmpty();
        }
    }

    /**
     * Reads every framework file in name order. An item id must be unique across the frameworks: when a file uses an
     * id that an earlier valid file already uses, the later file is the one with the problem.
     */
    public List<Result> readAll() {
        Map<String, String> taken = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (String name : fileNames()) {
            Result result = read(name, taken);
            if (result.valid()) {
                result.framework().allItems().forEach(item -> taken.put(item.id(), result.file()));
            }
            results.add(result);
        }
        return results;
    }

    /** Reads one file, for example "nasjonale-faglige-rad.yaml", on its own. */
    public Result read(String fileName) {
        return read(fileName, Map.of());
    }

    private Result read(String fileName, Map<String, String> taken) {
        String file = FOLDER + "/" + fileName;
        String expectedId = fileName.substring(0, fileName.length() - EXTENSION.length());
        List<SourceProblem> problems = new ArrayList<>();
        var yaml = new YamlFile(file, 0, problems);
        MappingNode map = text(file, problems) instanceof String text ? yaml.parse(text) : null;
        if (map == null) {
            return new Result(file, expectedId, null, problems);
        }
        Framework framework = new FrameworkFile(yaml, taken).read(map, expectedId);
        return problems.isEmpty() ? new Result(file, expectedId, framework, List.of())
                : new Result(file, expectedId, null, problems);
    }

    private @Nullable String text(String file, List<SourceProblem> problems) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new SourceProblem(file, 0, "Filen kan ikke leses: " + e.getMessage()));
            return null;
        }
    }

    private List<String> fileNames() {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(EXTENSION) && !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** Every item id of the frameworks that were read without problems. */
    public static List<String> itemIds(List<Result> results) {
        return results.stream().filter(Result::valid).flatMap(r -> r.framework().allItems().stream())
                .map(Item::id).toList();
    }
}
