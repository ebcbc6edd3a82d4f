package no.medvirk.packages.cmi5;

import java.util.UUID;
import no.medvirk.xapi.XapiJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fetch URL (cmi5 8.2): POST only, so nothing caches it. Always 200 with JSON, as the spec asks: the auth token
 * the first time, an {@code error-code} and {@code error-text} after that or for a URL the LMS did not hand out.
 */
@RestController
class FetchController {

    static final String PATH = "/cmi5/fetch/";

    private final Cmi5Tokens tokens;

    FetchController(Cmi5Tokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = PATH + "{session}/{secret}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> fetch(@PathVariable String session, @PathVariable String secret) {
        ObjectNode body = XapiJson.MAPPER.createObjectNode();
        Cmi5Tokens.Fetched fetched;
        try {
            fetched = tokens.fetch(UUID.fromString(session), secret);
        } catch (IllegalArgumentException e) {
            fetched = new Cmi5Tokens.Refusal("2", "This fetch URL is not one the LMS handed out");
        }
        switch (fetched) {
            case Cmi5Tokens.Token token -> body.put("auth-token", token.authToken());
            case Cmi5Tokens.Refusal refusal -> body.put("error-code", refusal.errorCode())
                    .put("error-text", refusal.errorText());
        }
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(XapiJson.write(body));
    }
}
