package no.medvirk.xapi;

import java.io.Serial;
import java.util.List;
import no.medvirk.xapi.validation.Violation;

/**
 * A request the LRS refuses, with the HTTP status the specification asks for and what was wrong. Nothing of the
 * request has been stored when this is thrown.
 */
public class XapiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Violation> violations;

    public XapiException(int status, String message) {
        this(status, message, List.of());
    }

    public XapiException(int status, String message, List<Violation> violations) {
        super(message);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static XapiException badRequest(String message) {
        return new XapiException(400, message);
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
