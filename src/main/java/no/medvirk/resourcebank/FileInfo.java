package no.medvirk.resourcebank;

import java.time.Instant;

/** What an entry's page says of its file: name, type, size, its SHA-256 (hex) and when it was uploaded. */
public record FileInfo(String name, String mediaType, long size, String sha256, Instant uploadedAt) {

    /** The file's address: stable for the entry, so a link to it keeps working when the file is replaced. */
    public static String path(java.util.UUID entryId) {
        return "ressursbank/" + entryId + "/fil";
    }
}
