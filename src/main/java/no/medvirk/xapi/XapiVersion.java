package no.medvirk.xapi;

import java.util.Optional;

/** The xAPI versions the LRS speaks. A request names one in X-Experience-API-Version; rules differ a little. */
public enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    /** The value for the X-Experience-API-Version header and a statement's version property. */
    public String header() {
        return header;
    }

    /**
     * Reads a request's version header: any 1.0.x (x up to 3) is served as 1.0.3, and 2.0 or 2.0.x as 2.0.0; anything
     * else is not supported.
     */
    public static Optional<XapiVersion> parse(String header) {
        String value = header.strip();
        if (value.matches("1\\.0(\\.[0-3])?")) {
            return Optional.of(V1_0_3);
        }
        if (value.matches("2\\.0(\\.\\d+)?")) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }
}
