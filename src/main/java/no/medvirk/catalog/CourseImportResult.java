package no.medvirk.catalog;

import java.util.List;
import no.medvirk.catalog.source.SourceProblem;

/**
 * What an import did with one course folder: a new version, nothing (unchanged), or nothing because the folder
 * has problems (the published version stays as it was).
 */
public record CourseImportResult(String folder, Outcome outcome, int version, List<SourceProblem> problems) {

    public enum Outcome {
        NEW_VERSION,
        UNCHANGED,
        INVALID
    }
}
