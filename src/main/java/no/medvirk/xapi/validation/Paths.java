package no.medvirk.xapi.validation;

/** Builds the JSON paths that name a violation's place, such as {@code context.contextActivities.parent[0].id}. */
final class Paths {

    private Paths() {}

    static String of(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String of(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
