package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.UUID;

/** An entry as stored: its content, whether it is published, and when it last changed. */
public record Entry(UUID id, EntryForm content, boolean published, Instant updatedAt) {

    public EntryKind kind() {
        return content.kind();
    }

    public String title() {
        return content.title();
    }

    /** The entry's own address, which lessons link to. */
    public String path() {
        return "ressursbank/" + id;
    }
}
