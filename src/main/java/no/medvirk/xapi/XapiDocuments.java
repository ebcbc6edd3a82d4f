package no.medvirk.xapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document resources (activity state, activity profiles, agent profiles): store, merge, list and delete, with
 * the ETag concurrency rules of the specification in one place ({@link #require}).
 */
@Service
public class XapiDocuments {

    private final DocumentStore store;
    private final Clock clock;

    XapiDocuments(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** If-Match and If-None-Match as sent (either may be absent). */
    public record Preconditions(@Nullable String ifMatch, @Nullable String ifNoneMatch) {

        public static final Preconditions NONE = new Preconditions(null, null);

        boolean given() {
            return ifMatch != null || ifNoneMatch != null;
        }
    }

    @Transactional(readOnly = true)
    public Optional<XapiDocument> get(DocumentKey key) {
        return store.find(key);
    }

    @Transactional(readOnly = true)
    public List<String> ids(DocumentKey key, @Nullable Instant since) {
        return store.ids(key, since);
    }

    /**
     * Replaces the document. For profiles, overwriting an existing one without saying which version is expected is a
     * conflict (409): the client must send If-Match or If-None-Match.
     */
    @Transactional
    public String put(DocumentKey key, String contentType, byte[] content, Preconditions preconditions) {
        Optional<XapiDocument> existing = store.findForUpdate(key);
        boolean profile = key.kind() != DocumentKey.Kind.STATE;
        if (profile && existing.isPresent() && !preconditions.given()) {
            throw new XapiException(409, "The document exists: send If-Match (or If-None-Match) to overwrite it");
        }
        require(preconditions, existing);
        return save(key, contentType, content);
    }

    /** Merges a JSON object into the stored JSON object (its properties win), or stores it when there is none. */
    @Transactional
    public String post(DocumentKey key, String contentType, byte[] content, Preconditions preconditions) {
        Optional<XapiDocument> existing = store.findForUpdate(key);
        require(preconditions, existing);
        if (existing.isEmpty()) {
            return save(key, contentType, content);
        }
        ObjectNode stored = jsonObject(existing.get().isJson(), existing.get().content(), "The stored document");
        ObjectNode sent = jsonObject(contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"),
                content, "The document sent");
        stored.setAll(sent);
        return save(key, "application/json", XapiJson.write(stored).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    public void delete(DocumentKey key, Preconditions preconditions) {
        if (key.documentId() != null) {
            require(preconditions, store.findForUpdate(key));
        }
        store.delete(key);
    }

    /** If-Match must name the stored version (or * for any); If-None-Match * or that version means "not there". */
    static void require(Preconditions preconditions, Optional<XapiDocument> existing) {
        String ifMatch = preconditions.ifMatch();
        if (ifMatch != null && (existing.isEmpty() || !matches(ifMatch, existing.get().etag()))) {
            throw new XapiException(412, "If-Match does not name the stored document's version");
        }
        String ifNoneMatch = preconditions.ifNoneMatch();
        if (ifNoneMatch != null && existing.isPresent() && matches(ifNoneMatch, existing.get().etag())) {
            throw new XapiException(412, "If-None-Match: the document exists");
        }
    }

    private static boolean matches(String header, String etag) {
        return Arrays.stream(header.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || unquote(tag).equals(unquote(etag)));
    }

    private static String unquote(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.replace("\"", "");
    }

    private String save(DocumentKey key, String contentType, byte[] content) {
        String etag = "\"" + sha1(content) + "\"";
        store.save(key, contentType, content, etag, clock.instant());
        return etag;
    }

    private static ObjectNode jsonObject(boolean json, byte[] content, String what) {
        if (json) {
            JsonNode node = XapiJson.parse(new String(content, StandardCharsets.UTF_8));
            if (node instanceof ObjectNode object) {
                return object;
            }
        }
        throw XapiException.badRequest(what + " is not a JSON object, so the two cannot be merged");
    }

    static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
