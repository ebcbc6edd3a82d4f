package no.medvirk.xapi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementPage;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.XapiVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The statements resource: PUT one with its id, POST one or many, GET one by id or many by query. */
@RestController
@RequestMapping("/xapi/statements")
class StatementsController {

    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    private final LearningRecordStore lrs;

    StatementsController(LearningRecordStore lrs) {
        this.lrs = lrs;
    }

    @PutMapping
    ResponseEntity<Void> put(@RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            @RequestBody(required = false) byte @Nullable [] body, @AuthenticationPrincipal XapiClient client,
            @RequestAttribute(XapiVersionFilter.ATTRIBUTE) XapiVersion version) {
        Multipart.Request request = read(contentType, body);
        String statementId = parameters.get("statementId");
        if (statementId == null || parameters.size() > 1) {
            throw XapiException.badRequest("PUT /statements takes exactly one parameter, statementId");
        }
        UUID id = new StatementParameters(Map.of("statementId", statementId)).single("statementId");
        JsonNode statement = XapiJson.parse(request.json());
        if (!statement.isObject()) {
            throw XapiException.badRequest("PUT /statements takes one statement, a JSON object");
        }
        String sentId = XapiJson.text(statement, "id");
        if (statement.has("id") && (sentId == null || !sentId.equalsIgnoreCase(id.toString()))) {
            throw XapiException.badRequest("The statement's id differs from the statementId parameter");
        }
        ObjectNode withId = (ObjectNode) statement;
        if (!statement.has("id")) {
            withId.put("id", id.toString());
        }
        lrs.record(List.of(withId), request.attachments(), client, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping
    ResponseEntity<String> post(@RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            @RequestBody(required = false) byte @Nullable [] body, @AuthenticationPrincipal XapiClient client,
            @RequestAttribute(XapiVersionFilter.ATTRIBUTE) XapiVersion version) {
        if (!parameters.isEmpty()) {
            throw XapiException.badRequest("POST /statements takes no parameters");
        }
        Multipart.Request request = read(contentType, body);
        JsonNode sent = XapiJson.parse(request.json());
        List<JsonNode> statements = new ArrayList<>();
        if (sent.isArray()) {
            sent.forEach(statements::add);
        } else {
            statements.add(sent);
        }
        if (statements.isEmpty()) {
            throw XapiException.badRequest("The batch holds no statements");
        }
        var ids = XapiJson.MAPPER.createArrayNode();
        lrs.record(statements, request.attachments(), client, version).forEach(id -> ids.add(id.toString()));
        return json().body(XapiJson.write(ids));
    }

    @GetMapping
    ResponseEntity<byte[]> get(@RequestParam Map<String, String> parameters, HttpServletRequest request,
            @AuthenticationPrincipal XapiClient client) {
        if (!client.mayReadOwnStatements()) {
            throw new XapiException(403, "This client may not read statements");
        }
        var params = new StatementParameters(parameters);
        String format = params.format();
        String consistentThrough = DateTimeFormatter.ISO_INSTANT.format(Instant.now());
        UUID statementId = params.single("statementId");
        UUID voidedId = params.single("voidedStatementId");
        if (statementId != null || voidedId != null) {
            JsonNode statement = (statementId != null ? lrs.statement(statementId) : lrs.voidedStatement(voidedId))
                    .filter(found -> client.mayReadAllStatements() || wroteIt(client, found))
                    .filter(found -> client.confinement() == null || client.confinement().mayRead(found))
                    .orElseThrow(() -> new XapiException(404, "No such statement"));
            return body(XapiJson.write(StatementFormat.apply(statement, format, request.getLocales())),
                    params.attachments() ? lrs.attachmentsOf(List.of(statement)) : null)
                    .header(CONSISTENT_THROUGH, consistentThrough)
                    .header(HttpHeaders.LAST_MODIFIED, httpDate(XapiJson.text(statement, "stored")))
                    .build();
        }
        var query = client.mayReadAllStatements() ? params.query() : params.query().onlyOf(client.id());
        if (client.confinement() != null) {
            query = client.confinement().narrow(query);
        }
        StatementPage page = lrs.query(query);
        List<String> statements = format.equals("exact") ? page.json() : page.statements().stream()
                .map(s -> XapiJson.write(StatementFormat.apply(s, format, request.getLocales()))).toList();
        String more = page.more().map(next -> moreLink(request, next.after())).orElse("");
        // The stored JSON goes out as it is: no parsing and writing again for the common, exact format.
        String json = "{\"statements\":[" + String.join(",", statements) + "],\"more\":"
                + XapiJson.MAPPER.writeValueAsString(more) + "}";
        var response = body(json, params.attachments() ? lrs.attachmentsOf(page.statements()) : null)
                .header(CONSISTENT_THROUGH, consistentThrough);
        if (!statements.isEmpty()) {
            response.header(HttpHeaders.LAST_MODIFIED,
                    httpDate(XapiJson.text(XapiJson.parse(page.json().getFirst()), "stored")));
        }
        return response.build();
    }

    /** Whether the statement carries this client's authority, as everything it wrote does. */
    private static boolean wroteIt(XapiClient client, JsonNode statement) {
        return statement.path("authority").equals(XapiJson.parse(client.authority()));
    }

    /** The same query from the next statement on: the filters travel in the link, the position in "cursor". */
    private static String moreLink(HttpServletRequest request, @Nullable UUID cursor) {
        var query = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("cursor")) {
                for (String value : values) {
                    query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        });
        query.append(query.isEmpty() ? "" : "&").append("cursor=").append(cursor);
        return request.getContextPath() + "/xapi/statements?" + query;
    }

    private static ResponseEntity.BodyBuilder json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
    }

    /** A body built up as headers are added: JSON, or multipart/mixed when the attachments are asked for. */
    private static Response body(String json, @Nullable List<no.medvirk.xapi.AttachmentPart> attachments) {
        return new Response(json, attachments);
    }

    /** Collects headers, then builds the entity with the right content type for its body. */
    private static final class Response {
        private final HttpHeaders headers = new HttpHeaders();
        private final byte[] body;

        Response(String json, @Nullable List<no.medvirk.xapi.AttachmentPart> attachments) {
            if (attachments == null) {
                headers.setContentType(MediaType.APPLICATION_JSON);
                body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } else {
                var multipart = Multipart.write(json, attachments);
                headers.set(HttpHeaders.CONTENT_TYPE, multipart.getKey());
                body = multipart.getValue();
            }
        }

        Response header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        ResponseEntity<byte[]> build() {
            return ResponseEntity.ok().headers(headers).body(body);
        }
    }

    private static String httpDate(@Nullable String isoTimestamp) {
        Instant when = isoTimestamp == null ? Instant.now() : Instant.parse(isoTimestamp);
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(when.atZone(java.time.ZoneOffset.UTC));
    }

    /** The statements JSON and any attachment parts, from application/json or multipart/mixed. */
    private static Multipart.Request read(@Nullable String contentType, byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            throw XapiException.badRequest("The request has no body");
        }
        if (Multipart.is(contentType)) {
            return Multipart.read(contentType, body);
        }
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw XapiException.badRequest("Content-Type must be application/json or multipart/mixed");
        }
        return new Multipart.Request(new String(body, java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
    }
}
