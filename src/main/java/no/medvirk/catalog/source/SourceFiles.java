package no.medvirk.catalog.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Files under the courses folder, found by the paths course files use: relative to the course's folder, or to the
 * courses folder when they start with "shared/". A path may not leave the courses folder. A course folder may be
 * staged elsewhere (an upload being checked): its files are then read from there under the name it will have.
 */
final class SourceFiles {

    static final String SHARED = "shared/";

    private final Path root;
    private final List<SourceProblem> problems;
    private final @Nullable String stagedFolder;
    private final @Nullable Path stagedDir;

    SourceFiles(Path root, List<SourceProblem> problems) {
        this(root, problems, null, null);
    }

    SourceFiles(Path root, List<SourceProblem> problems, @Nullable String stagedFolder, @Nullable Path stagedDir) {
        this.root = root.toAbsolutePath().normalize();
        this.problems = problems;
        this.stagedFolder = stagedFolder;
        this.stagedDir = stagedDir == null ? null : stagedDir.toAbsolutePath().normalize();
    }

    /** Where a file named relative to the courses folder really is. */
    private Path file(String relative) {
        String prefix = stagedFolder + "/";
        if (stagedDir != null && relative.startsWith(prefix)) {
            return stagedDir.resolve(relative.substring(prefix.length()));
        }
        return root.resolve(relative);
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
        String name = root.relativize(file).toString().replace('\\', '/');
        if (!Files.isRegularFile(file(name))) {
            problems.add(new SourceProblem(referringFile, line, "Finner ikke filen «" + path + "». Sjekk navnet og "
                    + "at filen ligger der stien sier."));
            return Optional.empty();
        }
        return Optional.of(name);
    }

    boolean exists(String relative) {
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) && Files.isRegularFile(file(root.relativize(file).toString()));
    }

    Optional<String> read(String relative) {
        try {
            return Optional.of(Files.readString(file(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new SourceProblem(relative, 0, "Filen kan ikke leses: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
