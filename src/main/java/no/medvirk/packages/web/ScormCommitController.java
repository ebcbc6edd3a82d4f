package no.medvirk.packages.web;

import java.util.Map;
import no.medvirk.packages.ScormRuntime;
import no.medvirk.shared.SignedInUser;
import no.medvirk.xapi.XapiJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * POST /pakkeokt/&lt;attempt's commit token&gt;/&lt;item number&gt;: a commit from the player's runtime script, as
 * {@code {"seq": n, "terminate": bool, "cmi": {...}}}. JSON, or the same as text/plain from a beacon. Answers in
 * scorm-again's result format, with the attempt's status for the table of contents.
 */
@RestController
class ScormCommitController {

    /** Far above what SCORM's data model can hold (2004's suspend_data is 64 000 characters). */
    static final int MAX_BODY = 2 * 1024 * 1024;

    private final ScormRuntime runtime;

    ScormCommitController(ScormRuntime runtime) {
        this.runtime = runtime;
    }

    @PostMapping(value = "/pakkeokt/{token}/{item}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> commit(@PathVariable String token, @PathVariable int item,
            @RequestBody String body) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(refused(101));
        }
        if (body.length() > MAX_BODY) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(refused(391));
        }
        JsonNode commit;
        try {
            commit = XapiJson.parse(body);
        } catch (JacksonException | IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(refused(391));
        }
        return runtime.commit(user.personId(), token, item, commit)
                .map(result -> ResponseEntity.ok(Map.<String, Object>of("result", "true", "errorCode", 0,
                        "completion", result.completion(), "success", result.success())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(refused(391)));
    }

    private static Map<String, Object> refused(int errorCode) {
        return Map.of("result", "false", "errorCode", errorCode);
    }
}
