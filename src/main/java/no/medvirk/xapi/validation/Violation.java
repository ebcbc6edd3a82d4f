package no.medvirk.xapi.validation;

/**
 * One broken rule: where in the statement (a JSON path such as {@code actor.mbox} or {@code context.contextActivities.parent[0].id})
 * and what is wrong, in words a client developer can act on.
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
