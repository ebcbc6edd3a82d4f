package no.medvirk.xapi;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A program allowed to use the LRS: its key, what it may do, and the authority its statements get (an Agent as
 * JSON text). A client that another module let in through {@link DelegatedAccess} also has a {@link Confinement}:
 * the one learner and registration it acts for.
 */
public record XapiClient(UUID id, String name, String key, Set<Scope> scopes, String authority, boolean active,
        @Nullable Confinement confinement) implements Serializable {

    public XapiClient(UUID id, String name, String key, Set<Scope> scopes, String authority, boolean active) {
        this(id, name, key, scopes, authority, active, null);
    }

    /**
     * The same client's authority, acting under another key with these scopes, confined to one learner and
     * registration: what a delegated token is.
     */
    public XapiClient confined(String key, Set<Scope> scopes, Confinement confinement) {
        return new XapiClient(id, name, key, scopes, authority, active, confinement);
    }

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
