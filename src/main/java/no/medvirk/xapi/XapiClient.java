package no.medvirk.xapi;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * A program allowed to use the LRS: its key, what it may do, and the authority its statements get (an Agent as
 * JSON text).
 */
public record XapiClient(UUID id, String name, String key, Set<Scope> scopes, String authority, boolean active)
        implements Serializable {

    public boolean may(Scope needed) {
        if (scopes.contains(Scope.ALL) || scopes.contains(needed)) {
            return true;
        }
        boolean reading = needed == Scope.STATEMENTS_READ || needed == Scope.STATEMENTS_READ_MINE;
        return reading && scopes.contains(Scope.ALL_READ);
    }

    public boolean mayWriteStatements() {
        return may(Scope.STATEMENTS_WRITE);
    }

    public boolean mayReadAllStatements() {
        return may(Scope.STATEMENTS_READ);
    }

    /** With only statements/read/mine, a client reads the statements it wrote itself and no others. */
    public boolean mayReadOwnStatements() {
        return mayReadAllStatements() || may(Scope.STATEMENTS_READ_MINE);
    }
}
