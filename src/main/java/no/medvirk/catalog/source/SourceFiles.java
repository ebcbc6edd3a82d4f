package no.medvirk.catalog.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files under the courses folder, found by the paths course files use: relative to the course's folder, or to the
 * courses folder when they start with "shared/". A path may not leave the courses folder.
 */
final class SourceFiles {

    static final String SHARED = "shared/";

    private final Path root;
    private final List<SourceProblem> problems;

    SourceFiles(Path root, List<SourceProblem> problems) {
        this.root = root.toAbsolutePath().normalize();
        this.problems = problems;
    }

    /** The path as the courses folder names it ("eksempelkurs/lessons/a.md", "shared/lessons/b.md"). */
    Optional<String> resolve(String courseId, String path, String referringFile, int line) {
        String relative = path.startsWith(SHARED) ? path : courseId + "/" + path;
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || path.startsWith("/") || path.contains("\\")) {
            problems.add(new SourceProblem(referringFile, line, "Stien «" + path + "» peker ut av courses-mappen. "
                    + "Bruk en sti i kursets mappe, eller en som begynner med «shared/»."));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.add(new SourceProblem(referringFile, line, "Finner ikke filen «" + path + "». Sjekk navnet og "
                    + "at filen ligger der stien sier."));
            return Optional.empty();
        }
        return Optional.of(root.relativize(file).toString().replace('\\', '/'));
    }

    boolean exists(String relative) {
        return Files.isRegularFile(root.resolve(relative).normalize());
    }

    Optional<String> read(String relative) {
        try {
            return Optional.of(Files.readString(root.resolve(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new SourceProblem(relative, 0, "Filen kan ikke leses: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
