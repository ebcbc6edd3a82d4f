package no.medvirk.competence;

import java.util.List;
import no.medvirk.catalog.source.SourceProblem;

/**
 * What an import did with one framework file: a new version, nothing (unchanged), or nothing because the file has
 * problems (the published version stays as it was).
 */
public record FrameworkImportResult(String file, String framework, Outcome outcome, int version,
        List<SourceProblem> problems) {

    public enum Outcome {
        NEW_VERSION,
        UNCHANGED,
        INVALID
    }
}
