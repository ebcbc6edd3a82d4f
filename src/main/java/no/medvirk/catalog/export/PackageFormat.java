package no.medvirk.catalog.export;

/** The standards a course can be exported to, each with the script that talks to the platform playing it. */
public enum PackageFormat {
    /** SCORM 2004 4th edition: one SCO that finds API_1484_11 in a parent window. */
    SCORM_2004("scorm2004", "scorm.js"),
    /** cmi5 (Quartz): one AU that reports to the platform's LRS with xAPI. */
    CMI5("cmi5", "cmi5.js");

    private final String suffix;
    private final String runtimeScript;

    PackageFormat(String suffix, String runtimeScript) {
        this.suffix = suffix;
        this.runtimeScript = runtimeScript;
    }

    /** How the format is named in the zip's file name and in the page's data. */
    public String suffix() {
        return suffix;
    }

    String runtimeScript() {
        return runtimeScript;
    }
}
