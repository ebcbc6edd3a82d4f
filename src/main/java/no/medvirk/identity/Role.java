package no.medvirk.identity;

/** What a person may do in Medvirk. A person may hold several roles. */
public enum Role {
    LEARNER,
    LEADER,
    COURSE_ADMIN,
    ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String LEADER = "LEADER";
        public static final String COURSE_ADMIN = "COURSE_ADMIN";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    public String i18nKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
