package no.medvirk.xapi;

import java.util.Arrays;
import java.util.Optional;

/** What an LRS client may do, by the scope names of the xAPI specification's OAuth section. */
public enum Scope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ("statements/read"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    ALL_READ("all/read"),
    ALL("all"),
    STATE("state"),
    DEFINE("define"),
    PROFILE("profile");

    private final String xapiName;

    Scope(String xapiName) {
        this.xapiName = xapiName;
    }

    public String xapiName() {
        return xapiName;
    }

    public static Optional<Scope> ofXapiName(String name) {
        return Arrays.stream(values()).filter(s -> s.xapiName.equals(name.strip())).findFirst();
    }
}
