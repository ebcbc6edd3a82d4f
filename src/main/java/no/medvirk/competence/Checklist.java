package no.medvirk.competence;

import java.util.List;
import no.medvirk.shared.LocalizedText;

/** The statements a person at a level ticks to assess themselves; a leader may confirm them. */
public record Checklist(List<Statement> statements) {

    /** A statement in the first person, and the items of its level it gives evidence for. */
    public record Statement(String id, LocalizedText text, List<String> items) {}
}
