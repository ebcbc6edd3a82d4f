package no.medvirk.catalog.source;

/**
 * One thing wrong with a course source: the file (relative to the courses folder), the line (1-based; 0 when the
 * whole file is meant) and what to do, in bokmål, for the course administrator who wrote it.
 */
public record SourceProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
