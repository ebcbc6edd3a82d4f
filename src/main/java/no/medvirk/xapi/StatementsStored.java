package no.medvirk.xapi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published after a batch of statements is committed, for modules that react to learning (competence,
 * certificates). Each statement comes with what such modules decide on, so they need not read it back.
 */
public record StatementsStored(List<Stored> statements) {

    public List<UUID> statementIds() {
        return statements.stream().map(Stored::id).toList();
    }

    /**
     * A stored statement in brief: who (an account's home page and name, or an agent's mbox), did what (verb id) to
     * which activity (null when the object is no activity), in which registration, with which result, when; and
     * for a voiding statement, the statement it voids.
     */
    public record Stored(UUID id, @Nullable String accountHomePage, @Nullable String accountName,
            @Nullable String mbox, String verb, @Nullable String activityId, @Nullable UUID registration,
            @Nullable Boolean success, @Nullable Boolean completion, @Nullable Double scaled, Instant timestamp,
            @Nullable UUID voids) {}
}
