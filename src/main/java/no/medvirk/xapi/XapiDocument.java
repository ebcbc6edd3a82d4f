package no.medvirk.xapi;

import java.time.Instant;

/** A stored document: its bytes as sent, their content type, and the ETag and time of its last change. */
public record XapiDocument(String documentId, String contentType, byte[] content, String etag, Instant updated) {

    public boolean isJson() {
        return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }
}
