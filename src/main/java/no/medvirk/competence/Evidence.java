package no.medvirk.competence;

import java.util.Arrays;
import java.util.Optional;

/** What counts as evidence that a person has a framework's items, written in the file as its code. */
public enum Evidence {

    /** Completing a course that maps to the item. */
    COURSE_COMPLETION("course-completion"),
    /** The person's self-assessment, confirmed by their leader. */
    SELF_AND_LEADER("self-and-leader"),
    /** Either of the two. */
    ANY("any");

    private final String code;

    Evidence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Evidence> of(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
