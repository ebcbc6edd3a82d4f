package no.medvirk.xapi.web;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.medvirk.xapi.DocumentKey;
import no.medvirk.xapi.DocumentKey.Kind;
import no.medvirk.xapi.Scope;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiDocument;
import no.medvirk.xapi.XapiDocuments;
import no.medvirk.xapi.XapiDocuments.Preconditions;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The three document resources: /activities/state, /activities/profile and /agents/profile. Each request's
 * parameters say whose document and which; without a document id, GET lists ids and DELETE (state only) clears all.
 */
@RestController
class DocumentsController {

    private final XapiDocuments documents;

    DocumentsController(XapiDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile"})
    ResponseEntity<?> get(@RequestParam Map<String, String> params, @AuthenticationPrincipal XapiClient client,
            jakarta.servlet.http.HttpServletRequest request) {
        DocumentKey key = key(request.getRequestURI(), params, client, true);
        if (key.documentId() == null) {
            var ids = XapiJson.MAPPER.createArrayNode();
            documents.ids(key, Parameters.instant("since", params.get("since"))).forEach(ids::add);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(XapiJson.write(ids));
        }
        if (params.containsKey("since")) {
            throw XapiException.badRequest("since only goes with a request for the list of ids");
        }
        XapiDocument document = documents.get(key).orElseThrow(() -> new XapiException(404, "No such document"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .eTag(document.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(document.updated().atZone(java.time.ZoneOffset.UTC)))
                .body(document.content());
    }

    /** PUT replaces the document and POST merges into it; both take the same parameters and headers. */
    @RequestMapping(path = {"/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile"},
            method = {RequestMethod.PUT, RequestMethod.POST})
    ResponseEntity<Void> write(@RequestParam Map<String, String> params, @AuthenticationPrincipal XapiClient client,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestBody(required = false) byte @Nullable [] body, jakarta.servlet.http.HttpServletRequest request) {
        DocumentKey key = requireDocumentId(key(request.getRequestURI(), params, client, false));
        byte[] content = body == null ? new byte[0] : body;
        var preconditions = new Preconditions(ifMatch, ifNoneMatch);
        String etag = "PUT".equals(request.getMethod())
                ? documents.put(key, contentType(contentType), content, preconditions)
                : documents.post(key, contentType(contentType), content, preconditions);
        return ResponseEntity.noContent().eTag(etag).build();
    }

    @DeleteMapping({"/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile"})
    ResponseEntity<Void> delete(@RequestParam Map<String, String> params, @AuthenticationPrincipal XapiClient client,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            jakarta.servlet.http.HttpServletRequest request) {
        DocumentKey key = key(request.getRequestURI(), params, client, false);
        if (key.kind() != Kind.STATE) {
            requireDocumentId(key);
        }
        documents.delete(key, new Preconditions(ifMatch, ifNoneMatch));
        return ResponseEntity.noContent().build();
    }

    /** Reads whose and which document from the parameters; anything missing, malformed or unknown is a 400. */
    private static DocumentKey key(String uri, Map<String, String> params, XapiClient client, boolean reading) {
        Kind kind = uri.endsWith("/activities/state") ? Kind.STATE
                : uri.endsWith("/activities/profile") ? Kind.ACTIVITY_PROFILE : Kind.AGENT_PROFILE;
        Set<String> allowed = switch (kind) {
            case STATE -> Set.of("activityId", "agent", "registration", "stateId", "since");
            case ACTIVITY_PROFILE -> Set.of("activityId", "profileId", "since");
            case AGENT_PROFILE -> Set.of("agent", "profileId", "since");
        };
        params.keySet().stream().filter(p -> !allowed.contains(p)).findFirst().ifPresent(p -> {
            throw XapiException.badRequest("Unknown parameter " + p);
        });
        Scope scope = kind == Kind.STATE ? Scope.STATE : Scope.PROFILE;
        if (!client.may(scope) && !(reading && client.may(Scope.ALL_READ))) {
            throw new XapiException(403, "This client may not use " + uri);
        }
        String activityId = kind == Kind.AGENT_PROFILE ? null
                : Parameters.iri("activityId", require(params, "activityId"));
        String agent = kind == Kind.ACTIVITY_PROFILE ? null : Parameters.agent("agent", require(params, "agent"));
        UUID registration = params.containsKey("registration")
                ? Parameters.uuid("registration", params.get("registration")) : null;
        String documentId = params.get(kind == Kind.STATE ? "stateId" : "profileId");
        var key = new DocumentKey(kind, activityId, agent, registration, documentId);
        if (client.confinement() != null) {
            client.confinement().requireDocument(key, !reading);
        }
        return key;
    }

    private static String require(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw XapiException.badRequest(name + " is required");
        }
        return value;
    }

    private static DocumentKey requireDocumentId(DocumentKey key) {
        if (key.documentId() == null) {
            throw XapiException.badRequest((key.kind() == Kind.STATE ? "stateId" : "profileId") + " is required");
        }
        return key;
    }

    private static String contentType(@Nullable String contentType) {
        return contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }
}
