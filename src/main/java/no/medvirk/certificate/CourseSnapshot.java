package no.medvirk.certificate;

import java.util.List;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate prints of its course version, kept as it was when issued: the title, the levels of the
 * national advice, the competence items with their text, and the course's template settings.
 */
public record CourseSnapshot(LocalizedText title, List<String> levels, List<CompetenceItem> competence,
        int estimatedMinutes, CourseSource.@Nullable Certificate template) {

    public CourseSnapshot {
        levels = List.copyOf(levels);
        competence = List.copyOf(competence);
    }

    public record CompetenceItem(String id, LocalizedText text) {}
}
