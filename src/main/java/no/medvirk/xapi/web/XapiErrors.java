package no.medvirk.xapi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import no.medvirk.xapi.validation.Violation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.node.ObjectNode;

/** Every refusal gets its status and a JSON body that says what was wrong, field by field where there are fields. */
@RestControllerAdvice(basePackageClasses = XapiErrors.class)
class XapiErrors {

    @ExceptionHandler(XapiException.class)
    ResponseEntity<String> refused(XapiException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(body(e.status(), e.getMessage(), e.violations()));
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(body(status, message, List.of()).getBytes(StandardCharsets.UTF_8));
    }

    static String body(int status, String message, List<Violation> violations) {
        ObjectNode body = XapiJson.MAPPER.createObjectNode();
        body.put("status", status);
        body.put("error", message);
        if (!violations.isEmpty()) {
            var list = body.putArray("violations");
            violations.forEach(v -> list.addObject().put("path", v.path()).put("message", v.message()));
        }
        return XapiJson.write(body);
    }
}
