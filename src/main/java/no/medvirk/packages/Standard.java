package no.medvirk.packages;

/** The e-learning standards a package may follow. The SCORM 2004 editions differ in manifest details only. */
public enum Standard {
    SCORM_12("SCORM 1.2"),
    SCORM_2004_2ND("SCORM 2004 2nd Edition"),
    SCORM_2004_3RD("SCORM 2004 3rd Edition"),
    SCORM_2004_4TH("SCORM 2004 4th Edition"),
    CMI5("cmi5");

    private final String label;

    Standard(String label) {
        this.label = label;
    }

    /** The name people know the standard by (the same in every language). */
    public String label() {
        return label;
    }

    /** Whether the runtime is SCORM 2004's {@code API_1484_11} with sequencing. */
    public boolean scorm2004() {
        return this == SCORM_2004_2ND || this == SCORM_2004_3RD || this == SCORM_2004_4TH;
    }

    /** Whether the runtime is a SCORM API in the page (1.2 or 2004) rather than cmi5's xAPI. */
    public boolean scorm() {
        return this != CMI5;
    }
}
